import { afterAll, beforeAll } from "vitest";
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

beforeAll(async () => {
  await resetDatabase();
});

afterAll(async () => {
  if (process.env.TEST_DATABASE_URL) await closeDb();
});
