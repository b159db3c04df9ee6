// Font files changed in memory for next/og's renderer (satori, whose opentype.js reads TTF/OTF/WOFF but not every
// OpenType lookup).
import { inflateSync } from "node:zlib";

/** The TrueType/OpenType font inside a WOFF 1.0 file (its tables inflated); throws on anything else. */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (input.toString("latin1", 0, 4) !== "wOFF") throw new Error("Not a WOFF 1.0 font.");
  const tableCount = input.readUInt16BE(12);
  const tables = Array.from({ length: tableCount }, (_, i) => {
    const entry = 44 + i * 20;
    const offset = input.readUInt32BE(entry + 4);
    const stored = input.subarray(offset, offset + input.readUInt32BE(entry + 8));
    const length = input.readUInt32BE(entry + 12);
    return { tag: input.readUInt32BE(entry), checksum: input.readUInt32BE(entry + 16), data: stored.length < length ? inflateSync(stored) : stored };
  });
  const padded = (length: number) => (length + 3) & ~3;
  let offset = 12 + tableCount * 16;
  const output = Buffer.alloc(tables.reduce((total, table) => total + padded(table.data.length), offset));
  const searchRange = 2 ** Math.floor(Math.log2(tableCount));
  output.writeUInt32BE(input.readUInt32BE(4), 0);
  output.writeUInt16BE(tableCount, 4);
  output.writeUInt16BE(searchRange * 16, 6);
  output.writeUInt16BE(Math.log2(searchRange), 8);
  output.writeUInt16BE((tableCount - searchRange) * 16, 10);
  tables.forEach((table, i) => {
    const entry = 12 + i * 16;
    output.writeUInt32BE(table.tag, entry);
    output.writeUInt32BE(table.checksum, entry + 4);
    output.writeUInt32BE(offset, entry + 8);
    output.writeUInt32BE(table.data.length, entry + 12);
    table.data.copy(output, offset);
    offset += padded(table.data.length);
  });
  return output;
}

/**
 * `sfnt` with every GSUB feature tagged `from` retagged `to` (same length, in place on a copy), so a shaper that
 * asks for `from` finds none: a way to turn off one feature whose lookups the shaper cannot run.
 */
export function retagSubstitutionFeature(sfnt: Buffer, from: string, to: string): Buffer {
  const font = Buffer.from(sfnt);
  const tableCount = font.readUInt16BE(4);
  for (let i = 0; i < tableCount; i++) {
    if (font.toString("latin1", 12 + i * 16, 16 + i * 16) !== "GSUB") continue;
    const gsub = font.readUInt32BE(12 + i * 16 + 8);
    const features = gsub + font.readUInt16BE(gsub + 6);
    for (let f = 0; f < font.readUInt16BE(features); f++) {
      const record = features + 2 + f * 6;
      if (font.toString("latin1", record, record + 4) === from) font.write(to, record, 4, "latin1");
    }
  }
  return font;
}
