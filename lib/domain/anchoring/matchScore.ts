import { contextSimilarity } from "./quoteSearch";
import type { Span } from "./span";

/** What is known about where a quote should be: its old context and the expected (mapped) start. */
export interface MatchContext {
  readonly prefix: string;
  readonly suffix: string;
  readonly hint: number;
}

// Weights from Hypothesis's text-quote anchoring (match-quote.js).
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Scores a candidate span in [0, 1] from quote similarity, prefix/suffix similarity and distance to the hint. */
export function scoreMatch(text: string, span: Span, quoteSimilarity: number, context: MatchContext): number {
  const { prefix, suffix, hint } = context;
  const prefixScore = contextSimilarity(text.slice(Math.max(0, span.start - prefix.length), span.start), prefix);
  const suffixScore = contextSimilarity(text.slice(span.end, span.end + suffix.length), suffix);
  const positionScore = text.length === 0 ? 1 : 1 - Math.abs(span.start - hint) / text.length;
  const raw =
    QUOTE_WEIGHT * quoteSimilarity +
    PREFIX_WEIGHT * prefixScore +
    SUFFIX_WEIGHT * suffixScore +
    POSITION_WEIGHT * positionScore;
  return raw / MAX_SCORE;
}
