// The spans of a text that may become claims, and how they are scored: each sentence on its own, or (for posts) by
// the whole line it is on, since a post is judged as a whole and its sentences are often fragments.
import { type Sentence, splitSentences } from "./sentences/splitSentences";

/** A span offered as a claim: `text === input.slice(start, end)`; `line` is the text of the line it is on. */
export type ClaimCandidate = { start: number; end: number; text: string; line: string };

/** What a score is computed on: the sentence itself, or the whole line it is on. */
export type ScoringUnit = "sentence" | "line";

const PROSE_KINDS = new Set(["sentence", "bullet", "heading"]);

/**
 * The suggestible sentences of `text`, in document order, split by the rules of its language (`lang`, ISO 639-1). For posts (`postLike`), a line with no suggestible
 * sentence still offers its longest prose span (a post without final punctuation reads as a heading; a short one has
 * fewer words than a claim needs), so that every post with text can be ranked.
 */
export function claimCandidates(text: string, postLike: boolean, lang?: string): ClaimCandidate[] {
  const sentences = splitSentences(text, { lang });
  const out: ClaimCandidate[] = [];
  const lineBreak = /[\n\r\v\f\u0085\u2028\u2029]/g; // the splitter's line breaks
  const nextBreak = (from: number): number => {
    lineBreak.lastIndex = from;
    return lineBreak.exec(text)?.index ?? text.length;
  };
  let lineStart = 0;
  let lineEnd = nextBreak(0);
  let i = 0;
  while (i < sentences.length) {
    const first = sentences[i] as Sentence;
    while (first.start >= lineEnd) {
      lineStart = lineEnd + 1;
      lineEnd = nextBreak(lineStart);
    }
    const line = text.slice(lineStart, lineEnd);
    let j = i;
    while (j < sentences.length && (sentences[j] as Sentence).start < lineEnd) j++;
    const spans = sentences.slice(i, j);
    let chosen = spans.filter((s) => s.suggestible);
    if (postLike && chosen.length === 0) {
      const longest = spans
        .filter((s) => PROSE_KINDS.has(s.kind))
        .reduce<Sentence | undefined>((a, b) => (a && a.text.length >= b.text.length ? a : b), undefined);
      chosen = longest ? [longest] : [];
    }
    for (const s of chosen) out.push({ start: s.start, end: s.end, text: s.text, line });
    i = j;
  }
  return out;
}

/** The texts to score for `candidates` under `unit` (same order). */
export function scoringTexts(candidates: readonly ClaimCandidate[], unit: ScoringUnit): string[] {
  return candidates.map((c) => (unit === "line" ? c.line : c.text));
}
