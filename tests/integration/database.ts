import { getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { getDb, rowsOf } from "@/db/client";
import * as schema from "@/db/schema";

/** Every table of the schema, so a table added later is emptied and compared without a list to update. */
export const TABLES = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => getTableName(table));

/** Empties every table, so a test starts from a blank newsroom on either driver. */
export async function resetDatabase(): Promise<void> {
  const db = await getDb();
  await db.execute(sql.raw(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`));
}

/** An md5 of every row of every table: equal digests mean no row was added, changed or removed. */
export async function tableDigest(): Promise<Record<string, string>> {
  const db = await getDb();
  const parts = TABLES.map((t) => `SELECT '${t}' AS name, md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS digest FROM "${t}" r`);
  const rows = rowsOf<{ name: string; digest: string }>(await db.execute(sql.raw(parts.join(" UNION ALL "))));
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}
