// What the share image draws of its words. A text the bundled fonts cannot draw whole (Chinese, Hindi...) is left out
// whole: next/og would otherwise fetch a font for it from Google (sending the words there; slow or failing on a server
// without internet) or draw boxes, and leaving out only the words it cannot draw could change what a title says. An
// emoji or an arrow it cannot draw ("🚨", "→") is only dropped: the words around it still say what they said (not so
// a sign such as "‰" or "≠"). The image keeps the rest: a verdict its colour and count without its label.
import { shapeArabic } from "./arabicShaping";
import { textDirection } from "./languages";
import type { PublishedClaim } from "./publishedSnapshot";
import { summariseVerdicts } from "./readerClaims";
import { drawsWhole, type FontCharacters } from "./shareImageFonts";

export type ShareImageVerdict = { label: string; colour: string; count: number; direction?: "ltr" | "rtl" };
export type ShareImageWords = { byline: string; title: string; verdicts: ShareImageVerdict[] };

/**
 * The verdicts of a version's claims as readers count them (summariseVerdicts), most given first, each drawn in its
 * label's direction: its words' language (a translation's or the scale's own, `language`), else (versions published
 * before they recorded it) the page's.
 */
export function shareImageVerdicts(claims: readonly Pick<PublishedClaim, "verdict">[], pageLanguage: string): ShareImageVerdict[] {
  return summariseVerdicts(claims)
    .sort((a, b) => b.count - a.count)
    .map(({ label, colour, count, language }) => ({ label, colour, count, direction: textDirection(language ?? pageLanguage) }));
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const EMOJI_OR_ARROW = /^[\p{Extended_Pictographic}\u2190-\u21ff]/u;

/** `text` without the emoji and arrows `fonts` cannot draw, or "" when anything else of it cannot be drawn. */
function drawable(text: string, fonts: readonly FontCharacters[]): string {
  if (drawsWhole(shapeArabic(text), fonts)) return text;
  const dropped = [...graphemes.segment(text)]
    .map(({ segment }) => (EMOJI_OR_ARROW.test(segment) && !drawsWhole(segment, fonts) ? " " : segment))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  return drawsWhole(shapeArabic(dropped), fonts) ? dropped : "";
}

/** `words` with each text that `fonts` cannot draw made drawable, or "" (not drawn); Arabic is checked shaped. */
export function drawableWords(words: ShareImageWords, fonts: readonly FontCharacters[]): ShareImageWords {
  return {
    byline: drawable(words.byline, fonts),
    title: drawable(words.title, fonts),
    verdicts: words.verdicts.map((verdict) => ({ ...verdict, label: drawable(verdict.label, fonts) })),
  };
}
