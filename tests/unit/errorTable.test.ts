import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  ConflictError,
  DatabaseUnavailableError,
  ForbiddenError,
  NotFoundError,
  ServiceError,
  UnauthenticatedError,
  ValidationError,
} from "@/lib/core/errors";
import { GENERIC_FAILURE, runAction } from "@/lib/web/actionResult";
import { firstParam, pageParam } from "@/lib/web/addressParams";
import { ERROR_TABLE, classifyError } from "@/lib/web/errorTable";
import { answerPublicRead } from "@/lib/web/publicApi";

// Every edge answers the service's errors from one table (lib/web/errorTable.ts). A new error class must carry a code
// with a row there: these tests find every class that extends ServiceError in lib/ and fail when one has none.

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every exported class of lib/ whose chain of `extends` reaches ServiceError, with the file that declares it. */
function serviceErrorClasses(): { name: string; file: string }[] {
  const declared = new Map<string, { parent: string; file: string }>();
  for (const file of sourceFiles(path.join(root, "lib"))) {
    for (const match of fs.readFileSync(file, "utf8").matchAll(/export (?:abstract )?class (\w+) extends (\w+)/g)) {
      declared.set(match[1]!, { parent: match[2]!, file });
    }
  }
  const reaches = (name: string, seen = new Set<string>()): boolean => {
    const parent = declared.get(name)?.parent;
    if (!parent || seen.has(name)) return false;
    return parent === "ServiceError" || reaches(parent, seen.add(name));
  };
  return [...declared].filter(([name]) => reaches(name)).map(([name, { file }]) => ({ name, file }));
}

describe("the error table", () => {
  test("every service error class carries its own code, and every code has a row", async () => {
    const classes = serviceErrorClasses();
    // The six of lib/core/errors.ts and the services' own (IdentityNotConfirmedError): the scan finds them all.
    expect(classes.map((c) => c.name)).toEqual(expect.arrayContaining(["ValidationError", "DatabaseUnavailableError", "IdentityNotConfirmedError"]));
    const codes = new Map<string, string>();
    for (const { name, file } of classes) {
      const exported = (await import(file)) as Record<string, new (message?: string) => ServiceError>;
      const error = new exported[name]!("a message");
      expect(error, name).toBeInstanceOf(ServiceError);
      expect(Object.keys(ERROR_TABLE), `${name} has code ${error.code}, which lib/web/errorTable.ts does not answer`).toContain(error.code);
      expect(codes.get(error.code), `${name} and ${codes.get(error.code)} share the code ${error.code}`).toBeUndefined();
      codes.set(error.code, name);
    }
    // …and no row is left over for a code no error carries.
    expect([...codes.keys()].sort()).toEqual(Object.keys(ERROR_TABLE).sort());
  });

  test("a driver failure is classified as the service error it stands for; anything else has no row", () => {
    const unique = Object.assign(new Error("duplicate key"), { code: "23505", constraint_name: "users_email_lower_idx" });
    expect(classifyError(unique)).toMatchObject({ error: { code: "CONFLICT" }, answer: ERROR_TABLE.CONFLICT });
    const thrown = new TypeError("boom");
    expect(classifyError(thrown)).toEqual({ error: thrown, answer: null });
  });

  test("a form shows the error's message, with its field errors or the other person's change; anything else is an apology", async () => {
    const fail = (error: unknown) => runAction(() => Promise.reject(error));
    expect(await fail(new ValidationError("Fix the title.", { title: "Too long." }))).toEqual({
      ok: false,
      error: "Fix the title.",
      fieldErrors: { title: "Too long." },
    });
    expect(await fail(new ConflictError(undefined, ["Title: Other"]))).toEqual({ ok: false, error: new ConflictError().message, conflict: ["Title: Other"] });
    expect(await fail(new ConflictError())).toEqual({ ok: false, error: new ConflictError().message });
    expect(await fail(new ForbiddenError())).toEqual({ ok: false, error: new ForbiddenError().message });
    expect(await fail(new Error("secret detail"))).toEqual({ ok: false, error: GENERIC_FAILURE });
  });

  test("the public API answers bad parameters 400 with the fields, not found 404, the database down 503, the rest 500", async () => {
    const answer = async (error: unknown) => {
      const response = await answerPublicRead(() => Promise.reject(error));
      return { status: response.status, body: (await response.json()) as { error: Record<string, unknown> } };
    };
    expect(await answer(new ValidationError("Bad page.", { page: "Not a number." }))).toEqual({
      status: 400,
      body: { error: { status: 400, message: "Bad page.", fields: { page: "Not a number." } } },
    });
    expect((await answer(new NotFoundError("That article"))).status).toBe(404);
    expect((await answer(new DatabaseUnavailableError())).status).toBe(503);
    // A public read has no signed-in reader: a refusal there is our fault, not the reader's.
    expect((await answer(new UnauthenticatedError())).status).toBe(500);
    expect((await answer(new Error("secret detail"))).body.error.message).not.toContain("secret");
  });
});

describe("firstParam", () => {
  test("the first value when given twice, trimmed; \"\" when absent, so pages never pass undefined on", () => {
    expect(firstParam(undefined)).toBe("");
    expect(firstParam("  climate ")).toBe("climate");
    expect(firstParam(["2", "3"])).toBe("2");
    expect(firstParam([])).toBe("");
    expect(firstParam("   ")).toBe("");
  });

  test("a page number: absent is the first page; anything given, even empty, is for the verb to judge", () => {
    expect(pageParam(undefined)).toEqual({});
    expect(pageParam(["4", "5"])).toEqual({ page: "4" });
    expect(pageParam("")).toEqual({ page: "" });
  });
});
