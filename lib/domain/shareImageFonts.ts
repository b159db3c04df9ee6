// Which fonts the share image needs for its words: Noto Sans split by script as @fontsource ships it (WOFF files,
// which next/og reads; it cannot read WOFF2). Each pattern is a part of what its file covers (unicode.json), used to
// pick the files; whether the words can be drawn is read from the files themselves (drawsWhole). Latin is always
// there (digits, punctuation, the site's own words). Only scripts next/og draws right are here: it does not reorder
// or join letters as Indic scripts need (Devanagari's ि drawn after its consonant, conjuncts as separate letters) nor
// stack Thai tone marks, so a title in those is left out rather than drawn wrong (lib/domain/shareImageWords.ts).

export type ShareImageFontFile = {
  /** The family name given to next/og: one per script, so that its fallback can pick each by the characters. */
  name: string;
  /** Path from the project's root, `{weight}` standing for 400 or 700. */
  file: string;
  /** The characters it covers, as @fontsource's unicode.json gives them. */
  covers: RegExp;
};

const FONTSOURCE = "node_modules/@fontsource";

export const SHARE_IMAGE_FONT_FILES: readonly ShareImageFontFile[] = [
  { name: "Noto Sans", file: `${FONTSOURCE}/noto-sans/files/noto-sans-latin-{weight}-normal.woff`, covers: /[\u0000-\u00ff\u2000-\u206f]/u },
  { name: "Noto Sans Latin Extended", file: `${FONTSOURCE}/noto-sans/files/noto-sans-latin-ext-{weight}-normal.woff`, covers: /[\u0100-\u02ff\u1e00-\u1e9f\u1ef2-\u1eff\u20a0-\u20c0\u2c60-\u2c7f\ua720-\ua7ff]/u },
  { name: "Noto Sans Vietnamese", file: `${FONTSOURCE}/noto-sans/files/noto-sans-vietnamese-{weight}-normal.woff`, covers: /[\u1ea0-\u1ef9]/u },
  { name: "Noto Sans Cyrillic", file: `${FONTSOURCE}/noto-sans/files/noto-sans-cyrillic-{weight}-normal.woff`, covers: /[\u0400-\u045f\u0490\u0491\u04b0\u04b1\u2116]/u },
  { name: "Noto Sans Cyrillic Extended", file: `${FONTSOURCE}/noto-sans/files/noto-sans-cyrillic-ext-{weight}-normal.woff`, covers: /[\u0460-\u048f\u0492-\u04af\u04b2-\u052f]/u },
  { name: "Noto Sans Greek", file: `${FONTSOURCE}/noto-sans/files/noto-sans-greek-{weight}-normal.woff`, covers: /[\u0370-\u03ff]/u },
  { name: "Noto Sans Greek Extended", file: `${FONTSOURCE}/noto-sans/files/noto-sans-greek-ext-{weight}-normal.woff`, covers: /[\u1f00-\u1fff]/u },
  { name: "Noto Sans Hebrew", file: `${FONTSOURCE}/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-{weight}-normal.woff`, covers: /[\u0590-\u05ff\u20aa\ufb1d-\ufb4f]/u },
  { name: "Noto Sans Arabic", file: `${FONTSOURCE}/noto-sans-arabic/files/noto-sans-arabic-arabic-{weight}-normal.woff`, covers: /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc\u2e41\u204f]/u },
  { name: "Noto Sans Georgian", file: `${FONTSOURCE}/noto-sans-georgian/files/noto-sans-georgian-georgian-{weight}-normal.woff`, covers: /[\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]/u },
  { name: "Noto Sans Armenian", file: `${FONTSOURCE}/noto-sans-armenian/files/noto-sans-armenian-armenian-{weight}-normal.woff`, covers: /[\u0530-\u058f\ufb13-\ufb17]/u },
  { name: "Noto Sans Ethiopic", file: `${FONTSOURCE}/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-{weight}-normal.woff`, covers: /[\u1200-\u139f\u2d80-\u2ddf\uab01-\uab2f]/u },
];

/** The font files that cover `texts`: Latin always, each other script when a text uses it. */
export function shareImageFontFiles(texts: readonly string[]): ShareImageFontFile[] {
  const all = texts.join("\n");
  return SHARE_IMAGE_FONT_FILES.filter((font, i) => i === 0 || font.covers.test(all));
}

/** A font given to next/og: its weight and the characters it has a glyph for (lib/domain/fontBytes.ts). */
export type FontCharacters = { weight: number; characters: ReadonlySet<number> };

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
// next/og asks for no glyph for these (a line break, a tab).
const NEEDS_NO_GLYPH = new Set(["\n", "\t"]);

/**
 * Whether next/og draws all of `text` with `fonts` (in the order it is given them), in each of their weights, without
 * looking for a font elsewhere. It draws each grapheme with the first font that has its first character, and fetches
 * a font for it (or draws a box) when none has it or that one lacks the rest (a mark on the letter).
 */
export function drawsWhole(text: string, fonts: readonly FontCharacters[]): boolean {
  const weights = new Set(fonts.map((font) => font.weight));
  return weights.size > 0 && [...weights].every((weight) => {
    const ofWeight = fonts.filter((font) => font.weight === weight);
    return [...graphemes.segment(text)].every(({ segment }) => {
      if (NEEDS_NO_GLYPH.has(segment)) return true;
      const codes = [...segment].map((char) => char.codePointAt(0)!);
      const font = ofWeight.find((candidate) => candidate.characters.has(codes[0]!));
      return font !== undefined && codes.every((code) => font.characters.has(code));
    });
  });
}
