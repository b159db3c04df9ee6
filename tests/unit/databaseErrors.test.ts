import { describe, expect, test } from "vitest";
import { toServiceError } from "@/lib/core/databaseErrors";
import { ConflictError, DatabaseUnavailableError, NotFoundError } from "@/lib/core/errors";

/** A driver error wrapped the way Drizzle wraps them. */
const wrapped = (cause: object) => Object.assign(new Error("Failed query: insert into …"), { cause });

describe("driver failures become the service's errors", () => {
  test("a unique violation is a conflict, in words for the constraint a person ran into", () => {
    const email = toServiceError(wrapped({ code: "23505", constraint_name: "users_email_lower_idx" }));
    expect(email).toBeInstanceOf(ConflictError);
    expect((email as Error).message).toBe("An account with that email already exists.");
    const slug = toServiceError(wrapped({ code: "23505", constraint: "articles_slug_idx" })); // PGlite's field name
    expect((slug as Error).message).toMatch(/same title was saved at the same moment/);
    expect((toServiceError(wrapped({ code: "23505", constraint_name: "other" })) as Error).message).toMatch(/at the same moment/);
  });

  test("serialization failures and deadlocks are conflicts", () => {
    for (const code of ["40001", "40P01"]) expect(toServiceError(wrapped({ code }))).toBeInstanceOf(ConflictError);
  });

  test("an unreachable database is DatabaseUnavailableError, whatever the driver said", () => {
    for (const cause of [{ code: "ECONNREFUSED" }, { code: "CONNECTION_CLOSED" }, { code: "57P01" }, { code: "08006" }, { message: "PGlite is closed" }]) {
      expect(toServiceError(wrapped(cause)), JSON.stringify(cause)).toBeInstanceOf(DatabaseUnavailableError);
    }
    expect(toServiceError(new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })]))).toBeInstanceOf(DatabaseUnavailableError);
  });

  test("anything else passes through unchanged", () => {
    const typed = new NotFoundError();
    expect(toServiceError(typed)).toBe(typed);
    const other = wrapped({ code: "22P02" });
    expect(toServiceError(other)).toBe(other);
  });
});
