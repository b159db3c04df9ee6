import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { PgTransaction } from "drizzle-orm/pg-core";
import { z } from "zod";
import { backupWriter } from "@/db/backupFile";
import { getDriver, type Db } from "@/db/client";
import { describeRows, dumpDatabase } from "@/db/logicalDump";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";

export type DatabaseBackup = {
  filename: string;
  /** Rows per table, as the backup's header says. */
  tables: Record<string, number>;
  bytes: number;
  /** The gzipped backup file's bytes (db/logicalDump.ts), to be read once. */
  body: ReadableStream<Uint8Array>;
};

/**
 * The whole database as the backup file `npm run db:backup` writes, read in one snapshot: for the command line when
 * a running server holds the embedded database (app/api/operations/backup). System context only; audited
 * (database.backup, with what it holds) once the backup is whole.
 *
 * The snapshot goes to a private temporary file first and is handed out from there: PGlite runs one transaction at a
 * time, so while the snapshot is read every other request waits, and that wait must be as short as the disk allows,
 * never as long as a slow reader takes.
 */
export const backupDatabase = defineVerb({
  name: "backupDatabase",
  // The command line's backup through a running server: no role may call it, only the system context.
  permission: "database:backup",
  input: z.void(),
  audit: [{ action: "database.backup", entityType: "database", records: "after" }],
}, async (ctx): Promise<DatabaseBackup> => {
  if (ctx.db instanceof PgTransaction) throw new Error("backupDatabase reads its own snapshot: call it outside a transaction.");
  const folder = await fs.promises.mkdtemp(path.join(os.tmpdir(), "factdesk-backup-"));
  const file = path.join(folder, "backup.jsonl.gz");
  try {
    const writer = backupWriter(file);
    let header;
    try {
      header = await dumpDatabase(ctx.db as Db, await getDriver(), (line) => writer.write(line));
    } catch (error) {
      writer.abandon();
      throw error;
    }
    const bytes = await writer.finish();
    // Recorded after the snapshot, so the entry says what the backup holds (and is not in it).
    await transaction(ctx, async (tx) => {
      await recordAudit(tx, {
        action: "database.backup",
        entityType: "database",
        entityId: "database",
        after: { rows: describeRows(header.tables), size: `${(bytes / 1024 / 1024).toFixed(1)} MB` },
      });
    });
    const handle = await fs.promises.open(file, "r");
    const stream = handle.createReadStream();
    return {
      filename: `factdesk-backup-${header.createdAt.replace(/[:.]/g, "-")}.jsonl.gz`,
      tables: header.tables,
      bytes,
      body: Readable.toWeb(stream) as ReadableStream<Uint8Array>,
    };
  } finally {
    // The open file is read to its end even once its name is gone (where the system allows removing an open file).
    await fs.promises.rm(folder, { recursive: true, force: true }).catch(() => {});
  }
});
