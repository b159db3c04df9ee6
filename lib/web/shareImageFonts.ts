import { readFile } from "node:fs/promises";
import path from "node:path";
import { retagSubstitutionFeature, woffToSfnt } from "@/lib/domain/fontBytes";
import { shareImageFontFiles, type ShareImageFontFile } from "@/lib/domain/shareImageFonts";

type Weight = 400 | 700;
export type ShareImageFont = { name: string; data: ArrayBuffer; weight: Weight; style: "normal" };

// Each file read once per process, on first use (never at build time), and kept: the image route stays fast.
const loaded = new Map<string, Promise<ArrayBuffer>>();

function load(file: string): Promise<ArrayBuffer> {
  let bytes = loaded.get(file);
  if (!bytes) {
    // From the project's root, as db/client.ts reads its migrations; next.config.js adds the files to the route's
    // build trace (outputFileTracingIncludes), which this path alone would not.
    bytes = readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), file)).then(prepare);
    bytes.catch(() => loaded.delete(file));
    loaded.set(file, bytes);
  }
  return bytes;
}

// Noto Sans Arabic's required ligatures use a lookup next/og's shaper cannot run: it throws on any Arabic letter
// left unshaped (lib/domain/arabicShaping.ts shapes the letters beforehand; marks and punctuation remain).
function prepare(woff: Buffer): ArrayBuffer {
  const sfnt = retagSubstitutionFeature(woffToSfnt(woff), "rlig", "xlig");
  return sfnt.buffer.slice(sfnt.byteOffset, sfnt.byteOffset + sfnt.byteLength) as ArrayBuffer;
}

/** The fonts next/og needs to draw `texts` (regular and bold of each script they use), read from disk once. */
export async function shareImageFonts(texts: readonly string[]): Promise<ShareImageFont[]> {
  const files: ShareImageFontFile[] = shareImageFontFiles(texts);
  const weights: Weight[] = [400, 700];
  return Promise.all(
    files.flatMap(({ name, file }) => weights.map(async (weight) => ({ name, weight, style: "normal" as const, data: await load(file.replace("{weight}", String(weight))) }))),
  );
}
