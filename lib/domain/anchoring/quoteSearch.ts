import approxSearch from "approx-string-match";
import type { Span } from "./span";

/** A place in the text where a quote was found, with its edit distance to the quote. */
export interface QuoteMatch extends Span {
  readonly errors: number;
}

/** Largest fuzzy error budget, as a fraction of the quote's length. */
export const FUZZY_MAX_ERROR_RATIO = 0.25;

/** Hard cap on the fuzzy error budget (keeps search cost bounded for very long quotes, as Hypothesis does). */
const FUZZY_MAX_ERRORS = 256;

/** Every occurrence (overlapping included) of `quote` lying wholly inside one of `regions` (default: the whole text). */
export function findExactQuote(text: string, quote: string, regions: readonly Span[] = [wholeText(text)]): QuoteMatch[] {
  const matches: QuoteMatch[] = [];
  if (quote.length === 0) return matches;
  for (const region of regions) {
    const slice = text.slice(region.start, region.end);
    for (let at = slice.indexOf(quote); at !== -1; at = slice.indexOf(quote, at + 1)) {
      matches.push({ start: region.start + at, end: region.start + at + quote.length, errors: 0 });
    }
  }
  return matches;
}

/** Error budget of the fuzzy search for a quote: 25% of its length (capped). */
export function fuzzyErrorBudget(quote: string): number {
  return Math.min(FUZZY_MAX_ERRORS, Math.floor(quote.length * FUZZY_MAX_ERROR_RATIO));
}

/** In each of `regions` (default: the whole text), the fuzzy matches of `quote` with the fewest errors within the budget. */
export function findFuzzyQuote(text: string, quote: string, regions: readonly Span[] = [wholeText(text)]): QuoteMatch[] {
  const maxErrors = fuzzyErrorBudget(quote);
  if (maxErrors === 0) return [];
  return regions.flatMap((region) =>
    approxSearch(text.slice(region.start, region.end), quote, maxErrors)
      .filter((match) => match.end > match.start)
      .map((match) => ({ start: region.start + match.start, end: region.start + match.end, errors: match.errors })),
  );
}

function wholeText(text: string): Span {
  return { start: 0, end: text.length };
}

/** How well `expected` matches within `actual` (context text), in [0, 1]: 1 − fewest errors / expected length. */
export function contextSimilarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (actual === expected) return 1;
  return 1 - bestSubstringDistance(actual, expected) / expected.length;
}

// Fewest edits turning `pattern` into some substring of `text` (semi-global edit distance). Context strings
// are ≤ 32 characters, so a plain dynamic programme is cheaper than approx-string-match, which also
// computes every match start.
function bestSubstringDistance(text: string, pattern: string): number {
  const m = pattern.length;
  const column = new Uint32Array(m + 1);
  for (let i = 0; i <= m; i += 1) column[i] = i;
  let best = m;
  for (let j = 0; j < text.length; j += 1) {
    const ch = text.charCodeAt(j);
    let diagonal = 0; // column[0] stays 0: a match may start anywhere in the text
    for (let i = 1; i <= m; i += 1) {
      const above = column[i]!;
      const cost = pattern.charCodeAt(i - 1) === ch ? 0 : 1;
      column[i] = Math.min(above + 1, column[i - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
    best = Math.min(best, column[m]!);
  }
  return best;
}
