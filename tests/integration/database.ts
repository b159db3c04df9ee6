import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

const TABLES = [
  "audit_log",
  "login_attempts",
  "comments",
  "claim_sources",
  "claims",
  "article_versions",
  "article_revisions",
  "articles",
  "verdicts",
  "rating_scales",
  "organisation",
  "users",
];

/** Empties every table, so each test file starts from a blank newsroom on either driver. */
export async function resetDatabase(): Promise<void> {
  const db = await getDb();
  await db.execute(sql.raw(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`));
}
