// Compresses the build's static files once, at build time (scripts/start.mjs calls it after `next build`): each text
// file under .next/static gets a brotli (.br, best quality) and a gzip (.gz) sibling when they are smaller. The
// server sends them as the browser asks (server/staticAssets.ts); Next.js itself sends these files uncompressed.
import fs from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Extensions of the build's text files worth compressing. */
export const COMPRESSIBLE = new Set([".js", ".css", ".svg", ".json", ".txt", ".xml", ".html", ".map"]);

/** Writes .br and .gz beside every compressible file under `dir`; returns the plain and brotli bytes in all. */
export function precompressStatic(dir) {
  const totals = { files: 0, plain: 0, brotli: 0 };
  for (const file of filesUnder(dir)) {
    if (!COMPRESSIBLE.has(path.extname(file))) continue;
    const body = fs.readFileSync(file);
    if (body.length < 1024) continue;
    const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
    const gz = gzipSync(body, { level: 9 });
    if (br.length < body.length) fs.writeFileSync(`${file}.br`, br);
    if (gz.length < body.length) fs.writeFileSync(`${file}.gz`, gz);
    totals.files += 1;
    totals.plain += body.length;
    totals.brotli += Math.min(br.length, body.length);
  }
  return totals;
}

function* filesUnder(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}
