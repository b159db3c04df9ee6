// Reading and writing backup files (gzipped JSON lines, see db/logicalDump.ts) for the db:backup, db:restore and
// db:move commands, and for the backup a running server hands to db:backup (lib/services/system/backupDatabase.ts).
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { once } from "node:events";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { DUMP_FORMAT, DumpError, type DumpHeader } from "./logicalDump";

/** Lines of a backup file, gzipped or not. */
export async function* backupLines(file: string): AsyncGenerator<string> {
  const raw = fs.createReadStream(file);
  const [first] = await peek(file);
  const stream = first === 0x1f ? raw.pipe(createGunzip()) : raw;
  yield* readline.createInterface({ input: stream, crlfDelay: Infinity });
}

async function peek(file: string): Promise<Buffer> {
  const handle = await fs.promises.open(file, "r");
  try {
    const buffer = Buffer.alloc(1);
    await handle.read(buffer, 0, 1, 0);
    return buffer;
  } finally {
    await handle.close();
  }
}

/**
 * A gzipped file written line by line. It appears under its name only once complete (`finish`), so a backup that
 * failed half-way never looks like a good one; `abandon` removes the partial file.
 */
export function backupWriter(file: string) {
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  const out = privateFile(partial);
  const gzip = createGzip({ level: 6 });
  gzip.pipe(out);
  return {
    async write(line: string) {
      if (!gzip.write(`${line}\n`)) await once(gzip, "drain");
    },
    async finish() {
      gzip.end();
      await once(out, "close");
      fs.renameSync(partial, target);
      return fs.statSync(target).size;
    },
    abandon() {
      gzip.destroy();
      out.destroy();
      fs.rmSync(partial, { force: true });
    },
  };
}

/**
 * A new file only its owner may read (0600), for a backup being written. A file left under its name (a backup that
 * stopped half-way, or one planted there, or a link to another file) is removed first, and the new one is created
 * afresh (never opened if it exists), so the backup never takes on another file's mode or writes through a link.
 */
function privateFile(file: string): fs.WriteStream {
  fs.rmSync(file, { force: true });
  return fs.createWriteStream(file, { mode: 0o600, flags: "wx" });
}

/** Seconds since `started`, for the scripts' reports. */
export function seconds(started: number): string {
  return ((performance.now() - started) / 1000).toFixed(1);
}

/**
 * Saves a backup arriving as gzipped bytes (from a running server) to `file`: like backupWriter, it appears under its
 * name only once complete and checked to be a whole backup. Returns its header and size.
 */
export async function saveBackupStream(source: Readable, file: string): Promise<{ header: DumpHeader; bytes: number }> {
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  try {
    await pipeline(source, privateFile(partial));
    const header = await checkBackupFile(partial);
    fs.renameSync(partial, target);
    return { header, bytes: fs.statSync(target).size };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/** The header of a whole backup file (its first line, with the end marker last); a DumpError when it is not one. */
export async function checkBackupFile(file: string): Promise<DumpHeader> {
  let header: DumpHeader | null = null;
  let last = "";
  try {
    for await (const line of backupLines(file)) {
      if (header === null) {
        const first = JSON.parse(line) as unknown;
        if (!Array.isArray(first) || first[0] !== DUMP_FORMAT) throw new DumpError("The file is not a Factdesk backup.");
        header = first[1] as DumpHeader;
      }
      if (line !== "") last = line;
    }
  } catch (error) {
    if (error instanceof DumpError) throw error;
    throw new DumpError("The backup is damaged or cut short.");
  }
  if (header === null) throw new DumpError("The backup is empty.");
  if (!last.startsWith('["end"')) throw new DumpError("The backup is cut short (it has no end marker).");
  return header;
}
