import { afterAll, beforeAll, vi } from "vitest";
import { closeDb } from "@/db/client";
import { resetDatabase } from "./database";

// Services run against Postgres when TEST_DATABASE_URL is set, else against an in-memory PGlite that the files
// share (they run one at a time in one module graph): each file starts by emptying its tables, which costs
// milliseconds where starting and migrating a new PGlite costs seconds.
if (process.env.TEST_DATABASE_URL) {
  process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
} else {
  delete process.env.DATABASE_URL;
  process.env.FACTDESK_DATA_DIR = "memory://";
}
process.env.FACTDESK_DEMO = "0";

// Argon2 at the production cost is tens of milliseconds of a core per hash, and the tests make about 750 accounts with
// the same few passwords: each password is hashed once per run, and that real hash is given to every account that
// chooses it. Checking a password stays real argon2 (lib/auth/password.ts's own tests are unit tests, not mocked).
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password")>();
  const hashes = new Map<string, Promise<string>>();
  const hashPassword = (password: string) => {
    if (!hashes.has(password)) hashes.set(password, real.hashPassword(password));
    return hashes.get(password)!;
  };
  return { ...real, hashPassword };
});

beforeAll(async () => {
  await resetDatabase();
});

afterAll(async () => {
  if (process.env.TEST_DATABASE_URL) await closeDb();
});
