// Short texts about a published fact-check for places with little room: share images, feeds, embeds.
import type { InterfaceLanguage } from "./interfaceLanguages";
import { writtenList } from "./interfaceLocales";

/**
 * "2 False, 1 Misleading": how many claims got each verdict, most frequent first (ties keep first-seen order), listed
 * as `language` lists them.
 */
export function verdictSummary(labels: readonly string[], language: InterfaceLanguage = "en"): string {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]).map(([label, n]) => `${n} ${label}`);
  return writtenList(sorted, language, "unit");
}

/** Characters readers count: a flag, an accented letter or a family emoji is one (grapheme clusters). */
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: "grapheme" });
/** Word boundaries, also in scripts written without spaces (Chinese, Japanese, Thai: ICU's dictionaries). */
const WORDS = new Intl.Segmenter(undefined, { granularity: "word" });

/** What may not end a cut text before its "…": spaces, separators, dashes, opening brackets and quotes, full stops. */
const DANGLING_END = /[\s,;:.!?\-–—(\[{“‘«、，；：。！？（「『]+$/u;

/**
 * The text on one line, whole when it has at most `max` characters (graphemes); otherwise cut at the last word
 * boundary that fits and ended with "…" (counted in `max`), so a cut text never reads as the whole. A cut that would
 * keep less than half (one very long word, an address) falls back to the last whole character that fits.
 */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const characters = [...GRAPHEMES.segment(flat)];
  if (characters.length <= max) return flat;
  if (max < 2) return "…";
  // The string offset just after the last character that fits beside the "…".
  const room = characters[max - 1]!.index;
  let atWord = 0;
  for (const { index } of WORDS.segment(flat)) {
    if (index > room) break;
    atWord = index;
  }
  const cutAtWord = flat.slice(0, atWord).replace(DANGLING_END, "");
  const kept = [...GRAPHEMES.segment(cutAtWord)].length >= (max - 1) / 2 ? cutAtWord : flat.slice(0, room).replace(DANGLING_END, "");
  return `${kept || flat.slice(0, room)}…`;
}
