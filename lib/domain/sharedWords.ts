import type { TextRun } from "./searchHighlights";

/**
 * A text split into runs with each whole-word occurrence of `words` marked (case-insensitive): how a match shows
 * the words it shares with the claim. Words are matched as written, so "3.2" or "Kremlin's" mark exactly that.
 */
export function markWords(text: string, words: readonly string[]): TextRun[] {
  const wanted = [...new Set(words.map((w) => w.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!wanted.length) return [{ text, match: false }];
  const escaped = wanted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  const runs: TextRun[] = [];
  let at = 0;
  for (const found of text.matchAll(pattern)) {
    if (found.index > at) runs.push({ text: text.slice(at, found.index), match: false });
    runs.push({ text: found[0], match: true });
    at = found.index + found[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), match: false });
  return runs;
}
