// What the share image draws of its words. A text the bundled fonts cannot draw whole (Chinese, Hindi, an emoji...) is
// left out whole: next/og would otherwise fetch a font for it from Google (sending the words there; slow or failing on
// a server without internet) or draw boxes, and leaving out only the words it cannot draw could change what a title
// says. The image keeps the rest: a verdict its colour and count without its label.
import { shapeArabic } from "./arabicShaping";
import { drawsWhole, type FontCharacters } from "./shareImageFonts";

export type ShareImageVerdict = { label: string; colour: string; count: number };
export type ShareImageWords = { byline: string; title: string; verdicts: ShareImageVerdict[] };

/** `words` with each text that `fonts` cannot draw whole made "" (not drawn); Arabic is checked shaped, as it is drawn. */
export function drawableWords(words: ShareImageWords, fonts: readonly FontCharacters[]): ShareImageWords {
  const drawn = (text: string) => (drawsWhole(shapeArabic(text), fonts) ? text : "");
  return {
    byline: drawn(words.byline),
    title: drawn(words.title),
    verdicts: words.verdicts.map((verdict) => ({ ...verdict, label: drawn(verdict.label) })),
  };
}
