import { describe, expect, test } from "vitest";
import { createLogger } from "@/lib/core/log";
import { routeOf } from "@/server/requestLog";

// What reaches a log line: never a password, token, cookie, secret or article text, and no query parameters from a
// driver's error message.

function capture() {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({ write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { log, lines, text: () => JSON.stringify(lines) };
}

describe("the logger", () => {
  test("censors secret fields at any depth it is given them", () => {
    const { log, text } = capture();
    log.info(
      { password: "hunter2-password", user: { token: "tok-abc-123", cookie: "authjs.session-token=xyz" }, req: { headers: { authorization: "Bearer zzz" } } },
      "request",
    );
    log.info({ article: { body: "Draft text nobody may read" }, draft: "unpublished verdict" }, "saved");
    for (const secret of ["hunter2-password", "tok-abc-123", "authjs.session-token", "Bearer zzz", "Draft text", "unpublished verdict"]) {
      expect(text()).not.toContain(secret);
    }
    expect(text()).toContain("[redacted]");
  });

  test("logs an error by kind and code, without the failed query's parameters", () => {
    const { log, lines } = capture();
    const error = Object.assign(new Error('Failed query: insert into "users" values ($1, $2)\nparams: admin@x.test,$argon2id$v=19$secret-hash'), {
      code: "23505",
    });
    log.error({ err: error }, "action failed");
    const line = lines[0] as { level: string; err: { kind: string; code: string; message: string } };
    expect(line.level).toBe("error");
    expect(line.err.kind).toBe("Error");
    expect(line.err.code).toBe("23505");
    expect(line.err.message).toContain("Failed query");
    expect(JSON.stringify(line)).not.toContain("argon2id");
  });

  test("a request line never carries a set-password link's token, whatever its letters", () => {
    // 43 base64url characters, as issued: one without a digit, one without a capital, one all letters and dashes.
    for (const token of ["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ", "abcdefghijklmnopqrstuvwxyz0123456789_-abcde", "Ab-".repeat(14) + "c"]) {
      expect(routeOf(`/set-password/${token}`)).toBe("/set-password/:token");
      expect(routeOf(`/set-password/${token}?x=1`)).not.toContain(token);
    }
    // Slugs and ids stay readable.
    expect(routeOf("/articles/mayor-says-unemployment-fell")).toBe("/articles/mayor-says-unemployment-fell");
    expect(routeOf("/desk/articles/0b6f8f1e-5d1c-4a8e-9a3c-1f2e3d4c5b6a")).toBe("/desk/articles/0b6f8f1e-5d1c-4a8e-9a3c-1f2e3d4c5b6a");
  });
});
