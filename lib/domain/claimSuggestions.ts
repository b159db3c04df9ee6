// Claim suggestions: the suggestible sentences of an article, each with its check-worthiness score.
import { scoreSentences } from "./checkWorthiness";
import { splitSentences } from "./sentences/splitSentences";

/** A sentence offered as a claim: `text === article.slice(start, end)`; `score` in [0, 1]. */
export type ClaimSuggestion = { start: number; end: number; text: string; score: number };

export type SuggestClaimsOptions = {
  /** Scores sentences (same order, each in [0, 1]); defaults to the shipped check-worthiness model. */
  score?: (texts: readonly string[]) => number[];
  /** Only sentences scoring at least this are returned; defaults to DEFAULT_SUGGESTION_THRESHOLD (0 = all). */
  threshold?: number;
};

/**
 * Score from which a sentence is offered for one-click acceptance as a claim. With the shipped weights (v2), 0.6
 * offers about 1 debate sentence in 6 on the CLEF-2019 training debates (17.6%, in-sample; base rate of checked
 * sentences 2.7%) and 10 of the 20 sentences of the claim-dense sample news article; revisit when the weights are
 * retrained.
 */
export const DEFAULT_SUGGESTION_THRESHOLD = 0.6;

/** Suggestible sentences of `text` scoring at least the threshold, in document order. */
export function suggestClaims(text: string, opts: SuggestClaimsOptions = {}): ClaimSuggestion[] {
  const score = opts.score ?? scoreSentences;
  const threshold = opts.threshold ?? DEFAULT_SUGGESTION_THRESHOLD;
  const sentences = splitSentences(text).filter((s) => s.suggestible);
  if (sentences.length === 0) return [];
  const scores = score(sentences.map((s) => s.text));
  if (scores.length !== sentences.length) {
    throw new Error(`scorer returned ${scores.length} scores for ${sentences.length} sentences`);
  }
  const suggestions: ClaimSuggestion[] = [];
  sentences.forEach(({ start, end, text: sentence }, i) => {
    const raw = scores[i] ?? 0;
    const s = Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 0;
    if (s >= threshold) suggestions.push({ start, end, text: sentence, score: s });
  });
  return suggestions;
}
