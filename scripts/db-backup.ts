// `npm run db:backup -- --out FILE`: writes everything in the configured database (DATABASE_URL, else the embedded
// one in FACTDESK_DATA_DIR) to one gzipped file, from one snapshot, while the app may keep serving (on a server).
import { parseArgs } from "node:util";
import { closeDb, getDb, getDriver } from "@/db/client";
import { describeRows, dumpDatabase } from "@/db/logicalDump";
import { backupWriter, seconds } from "./backupFile";

const { values } = parseArgs({ options: { out: { type: "string", short: "o" } } });
const out = values.out ?? `factdesk-backup-${new Date().toISOString().replace(/[:.]/g, "-")}.jsonl.gz`;

const started = performance.now();
const writer = backupWriter(out);
try {
  const header = await dumpDatabase(await getDb(), await getDriver(), (line) => writer.write(line));
  const bytes = await writer.finish();
  console.log(`Backed up ${describeRows(header.tables)} to ${out} (${(bytes / 1024 / 1024).toFixed(1)} MB) in ${seconds(started)} s.`);
} catch (error) {
  writer.abandon();
  console.error(`db:backup: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await closeDb();
}
