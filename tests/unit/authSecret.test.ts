import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { getAuthSecret } from "@/lib/auth/secret";

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-secret-"));
  vi.stubEnv("FACTDESK_DATA_DIR", dir);
  vi.stubEnv("AUTH_SECRET", "");
  vi.stubEnv("DATABASE_URL", "");
});

afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("on the embedded database a secret is generated once into the data folder and then reused", () => {
  const first = getAuthSecret();
  expect(first.length).toBeGreaterThanOrEqual(40);
  expect(fs.readFileSync(path.join(dir, "auth-secret"), "utf8")).toBe(first);
  expect(getAuthSecret()).toBe(first);
  expect(fs.statSync(path.join(dir, "auth-secret")).mode & 0o077).toBe(0);
});

test("a configured AUTH_SECRET wins", () => {
  vi.stubEnv("AUTH_SECRET", "a-configured-secret-of-at-least-32-characters");
  expect(getAuthSecret()).toBe("a-configured-secret-of-at-least-32-characters");
});

test("production on a Postgres server refuses to run without AUTH_SECRET", () => {
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("DATABASE_URL", "postgres://db.example.test/factdesk");
  expect(() => getAuthSecret()).toThrow(/AUTH_SECRET: must be set when running in production on a Postgres server/);
});
