// `npm run db:restore -- FILE [--force]`: loads a backup made by `npm run db:backup` into the configured database
// (DATABASE_URL, else the embedded one), after applying this version's migrations. Refuses a database that holds data
// unless --force, and then says what it replaced. Stop the app first on the embedded database (it holds its folder).
import { parseArgs } from "node:util";
import { closeDb, getDb } from "@/db/client";
import { describeRows, restoreDatabase } from "@/db/logicalDump";
import { backupLines, seconds } from "@/db/backupFile";

const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });
const file = positionals[0];
if (!file) {
  console.error("Usage: npm run db:restore -- FILE [--force]");
  process.exit(2);
}

const started = performance.now();
try {
  const header = await restoreDatabase(await getDb(), backupLines(file), {
    force: values.force,
    onReplace: (rows) => console.log(`Replacing what the database held: ${describeRows(rows)}.`),
  });
  console.log(`Restored ${describeRows(header.tables)} from ${file} (backup of ${header.createdAt}) in ${seconds(started)} s.`);
} catch (error) {
  console.error(`db:restore: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await closeDb();
}
