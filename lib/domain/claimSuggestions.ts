// Claim suggestions: the suggestible sentences of an article, each with its check-worthiness score, by the model of
// the article's language.
import { detectLanguage } from "./articleLanguage";
import { scoreSentenceWith } from "./checkWorthiness";
import { DEBATE_SUGGESTION_THRESHOLD, checkWorthinessScorerFor } from "./checkWorthiness/languageModels";
import { type ClaimCandidate, claimCandidates, scoringTexts } from "./claimCandidates";
import { isPostLikeText } from "./postLikeText";

/** A sentence offered as a claim: `text === article.slice(start, end)`; `score` in [0, 1]. */
export type ClaimSuggestion = { start: number; end: number; text: string; score: number };

export type SuggestClaimsOptions = {
  /** Scores sentences (same order, each in [0, 1]); replaces the language's model (and the handling of posts). */
  score?: (texts: readonly string[]) => number[];
  /**
   * Only sentences scoring at least this are returned (0 = all); defaults to the threshold of the language's model, or
   * to DEFAULT_SUGGESTION_THRESHOLD with `score`.
   */
  threshold?: number;
  /** ISO 639-1 code of the text's language; detected when absent (English when detection is unsure). */
  lang?: string;
};

/** Suggestions with the language they were scored for. */
export type ClaimSuggestions = {
  suggestions: ClaimSuggestion[];
  /** The language the text was taken to be in: as given, as detected, or "en" when detection was unsure. */
  language: string;
  /**
   * False when there is no check-worthiness model for `language`: every suggestible sentence is listed, with score 0
   * (not a judgement), and no threshold applies.
   */
  scored: boolean;
  /** The score from which the app suggests a sentence of this text (the model's own); null when not scored. */
  suggestAt: number | null;
};

/** Score from which a sentence scored by a caller's `score` is offered: the English debate model's (see LanguageScorer). */
export const DEFAULT_SUGGESTION_THRESHOLD = DEBATE_SUGGESTION_THRESHOLD;

/** Language used when none is given and detection is unsure (short or mixed text): the project's first language. */
const FALLBACK_LANGUAGE = "en";

function scoredBy(candidates: readonly ClaimCandidate[], texts: readonly string[], scores: readonly number[], threshold: number): ClaimSuggestion[] {
  if (scores.length !== texts.length) throw new Error(`scorer returned ${scores.length} scores for ${texts.length} sentences`);
  const suggestions: ClaimSuggestion[] = [];
  candidates.forEach(({ start, end, text }, i) => {
    const raw = scores[i] ?? 0;
    const s = Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 0;
    if (s >= threshold) suggestions.push({ start, end, text, score: s });
  });
  return suggestions;
}

/** Suggestible sentences of `text` scoring at least the threshold, in document order, and the language used. */
export function suggestClaimsInLanguage(text: string, opts: SuggestClaimsOptions = {}): ClaimSuggestions {
  const language = opts.lang ?? detectLanguage(text) ?? FALLBACK_LANGUAGE;
  if (opts.score) {
    const candidates = claimCandidates(text, false, language);
    const suggestAt = DEFAULT_SUGGESTION_THRESHOLD;
    if (candidates.length === 0) return { suggestions: [], language, scored: true, suggestAt };
    const texts = scoringTexts(candidates, "sentence");
    return { suggestions: scoredBy(candidates, texts, opts.score(texts), opts.threshold ?? suggestAt), language, scored: true, suggestAt };
  }
  const postLike = isPostLikeText(text);
  const scorer = checkWorthinessScorerFor(language, postLike);
  const candidates = claimCandidates(text, scorer !== null && postLike, language);
  if (!scorer) {
    return { suggestions: candidates.map(({ start, end, text: t }) => ({ start, end, text: t, score: 0 })), language, scored: false, suggestAt: null };
  }
  const texts = scoringTexts(candidates, scorer.unit);
  const cache = new Map<string, number>(); // a line's spans share one score when scored by the line
  const scores = texts.map((t) => {
    let s = cache.get(t);
    if (s === undefined) {
      s = scoreSentenceWith(scorer.model, t);
      cache.set(t, s);
    }
    return s;
  });
  return { suggestions: scoredBy(candidates, texts, scores, opts.threshold ?? scorer.suggestAt), language, scored: true, suggestAt: scorer.suggestAt };
}

/** Suggestible sentences of `text` scoring at least the threshold, in document order (see suggestClaimsInLanguage). */
export function suggestClaims(text: string, opts: SuggestClaimsOptions = {}): ClaimSuggestion[] {
  return suggestClaimsInLanguage(text, opts).suggestions;
}

/**
 * Check-worthiness of spans of `text` (claims made from suggestions), as suggestClaims scores them: by the model of
 * the text's language (given or detected), a span of a post by its line when that model says so; null for each span
 * when there is no model for the language.
 */
export function scoreClaimSpans(text: string, spans: readonly { start: number; end: number }[], lang?: string): (number | null)[] {
  const language = lang ?? detectLanguage(text) ?? FALLBACK_LANGUAGE;
  const scorer = checkWorthinessScorerFor(language, isPostLikeText(text));
  if (!scorer) return spans.map(() => null);
  const isBreak = (i: number): boolean => /[\n\r\v\f\u0085\u2028\u2029]/.test(text.charAt(i));
  const lineAround = ({ start, end }: { start: number; end: number }): string => {
    let from = start;
    while (from > 0 && !isBreak(from - 1)) from--;
    let to = end;
    while (to < text.length && !isBreak(to)) to++;
    return text.slice(from, to);
  };
  return spans.map((span) => scoreSentenceWith(scorer.model, scorer.unit === "line" ? lineAround(span) : text.slice(span.start, span.end)));
}
