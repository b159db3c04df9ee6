// Reading and writing backup files (gzipped JSON lines, see db/logicalDump.ts) for the db:backup, db:restore and
// db:move commands.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { once } from "node:events";
import { createGunzip, createGzip } from "node:zlib";

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
  const out = fs.createWriteStream(partial, { mode: 0o600 });
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

/** Seconds since `started`, for the scripts' reports. */
export function seconds(started: number): string {
  return ((performance.now() - started) / 1000).toFixed(1);
}
