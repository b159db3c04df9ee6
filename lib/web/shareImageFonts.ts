import { readFile } from "node:fs/promises";
import path from "node:path";
import { fontCharacters, retagSubstitutionFeature, woffToSfnt } from "@/lib/domain/fontBytes";
import { shareImageFontFiles, type ShareImageFontFile } from "@/lib/domain/shareImageFonts";
import { drawableWords, type ShareImageWords } from "@/lib/domain/shareImageWords";

type Weight = 400 | 700;
/** A font for next/og, with the characters it has a glyph for (which next/og ignores). */
export type ShareImageFont = { name: string; data: ArrayBuffer; weight: Weight; style: "normal"; characters: ReadonlySet<number> };
type LoadedFont = Pick<ShareImageFont, "data" | "characters">;

// Each file read once per process, on first use (never at build time), and kept: the image route stays fast.
const loaded = new Map<string, Promise<LoadedFont>>();

function load(file: string): Promise<LoadedFont> {
  let font = loaded.get(file);
  if (!font) {
    // From the project's root, as db/client.ts reads its migrations; next.config.js adds the files to the route's
    // build trace (outputFileTracingIncludes), which this path alone would not.
    font = readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), file)).then(prepare);
    font.catch(() => loaded.delete(file));
    loaded.set(file, font);
  }
  return font;
}

// Noto Sans Arabic's required ligatures use a lookup next/og's shaper cannot run: it throws on any Arabic letter
// left unshaped (lib/domain/arabicShaping.ts shapes the letters beforehand; marks and punctuation remain).
function prepare(woff: Buffer): LoadedFont {
  const sfnt = retagSubstitutionFeature(woffToSfnt(woff), "rlig", "xlig");
  return { data: sfnt.buffer.slice(sfnt.byteOffset, sfnt.byteOffset + sfnt.byteLength) as ArrayBuffer, characters: fontCharacters(sfnt) };
}

/** The fonts next/og needs to draw `texts` (regular and bold of each script they use), read from disk once. */
export async function shareImageFonts(texts: readonly string[]): Promise<ShareImageFont[]> {
  const files: ShareImageFontFile[] = shareImageFontFiles(texts);
  const weights: Weight[] = [400, 700];
  return Promise.all(
    files.flatMap(({ name, file }) => weights.map(async (weight) => ({ name, weight, style: "normal" as const, ...(await load(file.replace("{weight}", String(weight)))) }))),
  );
}

/**
 * The share image's fonts, and the words it draws with them: those it cannot draw whole left out, so next/og never
 * fetches a font (lib/domain/shareImageWords.ts).
 */
export async function shareImageDrawing(words: ShareImageWords): Promise<{ words: ShareImageWords; fonts: ShareImageFont[] }> {
  const fonts = await shareImageFonts([words.byline, words.title, ...words.verdicts.map((verdict) => verdict.label)]);
  return { words: drawableWords(words, fonts), fonts };
}
