/**
 * Backup and restore times for a newsroom of 200 articles and 20,000 claims (scripts/bench/desk.ts seeds it), on the
 * embedded database and, when BENCH_DATABASE_URL names an empty Postgres database, on the server: db:backup's dump to
 * a gzipped file, then a restore of that file into an empty database, with every table's digest compared.
 * Run: npx tsx scripts/bench/backup.ts   (BENCH_DATABASE_URL=postgres://…/factdesk_bench_backup for the server)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { closeDb, getDb, getDriver } from "../../db/client";
import { dumpDatabase, restoreDatabase, rowCounts, tableDigests } from "../../db/logicalDump";
import { backupLines, backupWriter } from "../../db/backupFile";
import { seedNewsroom } from "./desk";

async function measure(label: string): Promise<string[]> {
  await seedNewsroom();
  const db = await getDb();
  const counts = await rowCounts(db);
  const before = await tableDigests(db);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-bench-backup-")), "backup.jsonl.gz");
  let started = performance.now();
  const writer = backupWriter(file);
  await dumpDatabase(db, await getDriver(), (line) => writer.write(line));
  const bytes = await writer.finish();
  const backupSeconds = (performance.now() - started) / 1000;
  const tables = Object.keys(counts).map((t) => `"${t}"`).join(", ");
  await db.execute(sql.raw(`TRUNCATE ${tables} RESTART IDENTITY CASCADE`));
  started = performance.now();
  await restoreDatabase(db, backupLines(file));
  const restoreSeconds = (performance.now() - started) / 1000;
  const same = JSON.stringify(await tableDigests(db)) === JSON.stringify(before);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return [
    `${label}: ${counts.articles} articles, ${counts.claims} claims, ${Object.values(counts).reduce((a, b) => a + b, 0)} rows in all; ` +
      `backup ${backupSeconds.toFixed(1)} s (${(bytes / 1024 / 1024).toFixed(1)} MB gzipped), restore ${restoreSeconds.toFixed(1)} s, ` +
      `digests ${same ? "equal" : "DIFFER"}`,
  ];
}

const lines: string[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-bench-backup-db-"));
delete process.env.DATABASE_URL;
process.env.FACTDESK_DATA_DIR = dir;
process.env.FACTDESK_DEMO = "0";
try {
  lines.push(...(await measure("embedded (PGlite, on disk)")));
} finally {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
}
if (process.env.BENCH_DATABASE_URL) {
  process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
  try {
    lines.push(...(await measure("Postgres server")));
  } finally {
    await closeDb();
  }
}
for (const line of lines) console.log(line);
