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

/**
 * The characters `sfnt` has a glyph for (code points), read from its Unicode character map (format 12, else 4) as a
 * renderer reads it: a character mapped to glyph 0 (the box) is not one of them.
 */
export function fontCharacters(sfnt: Buffer): Set<number> {
  const cmap = tableOffset(sfnt, "cmap");
  const subtables = Array.from({ length: sfnt.readUInt16BE(cmap + 2) }, (_, i) => {
    const record = cmap + 4 + i * 8;
    const offset = cmap + sfnt.readUInt32BE(record + 4);
    return { platform: sfnt.readUInt16BE(record), encoding: sfnt.readUInt16BE(record + 2), offset, format: sfnt.readUInt16BE(offset) };
  });
  const unicode = (s: { platform: number; encoding: number }) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const full = subtables.find((s) => unicode(s) && s.format === 12);
  const basic = subtables.find((s) => unicode(s) && s.format === 4);
  const characters = new Set<number>();
  if (full) {
    for (let g = 0; g < sfnt.readUInt32BE(full.offset + 12); g++) {
      const group = full.offset + 16 + g * 12;
      const [start, end, glyph] = [sfnt.readUInt32BE(group), sfnt.readUInt32BE(group + 4), sfnt.readUInt32BE(group + 8)];
      for (let code = start; code <= end; code++) if (glyph + code - start !== 0) characters.add(code);
    }
  } else if (basic) {
    const segments = sfnt.readUInt16BE(basic.offset + 6) / 2;
    const ends = basic.offset + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    for (let s = 0; s < segments; s++) {
      const [start, end, delta, rangeOffset] = [sfnt.readUInt16BE(starts + s * 2), sfnt.readUInt16BE(ends + s * 2), sfnt.readInt16BE(deltas + s * 2), sfnt.readUInt16BE(rangeOffsets + s * 2)];
      for (let code = start; code <= end && code !== 0xffff; code++) {
        const index = rangeOffset === 0 ? code : sfnt.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (code - start) * 2);
        if (rangeOffset !== 0 && index === 0) continue;
        if (((index + delta) & 0xffff) !== 0) characters.add(code);
      }
    }
  }
  return characters;
}

function tableOffset(sfnt: Buffer, tag: string): number {
  for (let i = 0; i < sfnt.readUInt16BE(4); i++) {
    if (sfnt.toString("latin1", 12 + i * 16, 16 + i * 16) === tag) return sfnt.readUInt32BE(12 + i * 16 + 8);
  }
  throw new Error(`The font has no ${tag} table.`);
}
