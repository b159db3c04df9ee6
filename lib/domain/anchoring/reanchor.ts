import { createAnchor, type Anchor } from "./anchor";
import { scoreMatch, type MatchContext } from "./matchScore";
import { buildOffsetMap, type OffsetMap } from "./offsetMapping";
import { findExactQuote, findFuzzyQuote, fuzzyErrorBudget } from "./quoteSearch";
import { maxSimilarityForLengths, textSimilarity } from "./similarity";
import { trimSpan, type Span } from "./span";

/** `unchanged`: same offsets and quote; `moved`: same quote, new offsets; `changed`: quote text differs; `orphaned`: not found. */
export type ReanchorStatus = "unchanged" | "moved" | "changed" | "orphaned";

/** Outcome for one anchor: the new anchor (the old one when orphaned) and, when found, the quote similarity. */
export interface ReanchorResult {
  readonly status: ReanchorStatus;
  readonly anchor: Anchor;
  readonly similarity?: number;
}

/** Minimum similarity for accepting the span that position mapping shows was edited in part. */
export const MIN_EDITED_SIMILARITY = 0.5;

interface Candidate extends Span {
  readonly similarity: number;
  readonly score: number;
}

/** Re-anchors every anchor from `oldText` into `newText` with one diff; exactly one result per anchor, in order. */
export function reanchorAll(oldText: string, newText: string, anchors: readonly Anchor[]): ReanchorResult[] {
  const offsets = buildOffsetMap(oldText, newText);
  return anchors.map((anchor) => reanchorOne(oldText, newText, offsets, anchor));
}

function reanchorOne(oldText: string, newText: string, offsets: OffsetMap, anchor: Anchor): ReanchorResult {
  const { quote } = anchor;
  if (quote.length === 0) return { status: "orphaned", anchor };

  // 1. By position: the diff maps the span onto text that still reads the same.
  const mapped = { start: offsets.mapStart(anchor.start), end: offsets.mapEnd(anchor.end) };
  if (mapped.end - mapped.start === quote.length && newText.startsWith(quote, mapped.start)) {
    return found(newText, anchor, mapped);
  }

  const context: MatchContext = { prefix: anchor.prefix, suffix: anchor.suffix, hint: mapped.start };
  // The span the diff says the quote became, when it was only edited in part.
  const inPlace = editedInPlace(newText, quote, mapped, context);

  // 2. By exact quote anywhere, disambiguated by context and position. An in-place edit that fits the
  // context better wins over a copy of the old wording elsewhere.
  const exact = best(findExactQuote(newText, quote).map((m) => candidate(newText, m, 1, context)));
  if (exact && (!inPlace || exact.score >= inPlace.score)) return found(newText, anchor, exact);

  // Fuzzy search looks only at text that overlaps or touches an edit: text the diff kept unchanged was
  // already in the old text at another place, so a near-copy there is another passage, not this claim.
  // (It also keeps the search cheap.) Stale anchors, whose quote is not at their offsets in the old
  // text, search the whole new text.
  const consistent = oldText.slice(anchor.start, anchor.end) === quote;
  const regions = consistent ? offsets.regionsNearEdits(quote.length + fuzzyErrorBudget(quote)) : undefined;
  const admissible = (span: Span) => !consistent || offsets.touchesEdit(span);

  // 3. By fuzzy quote (or the in-place edit, whichever scores higher): the source text changed.
  const fuzzy = best(
    findFuzzyQuote(newText, quote, regions).flatMap((m) => {
      const span = trimLike(newText, m, quote);
      if (span.end <= span.start || !admissible(span)) return [];
      return [candidate(newText, span, textSimilarity(quote, newText.slice(span.start, span.end)), context)];
    }),
  );
  // The diff's in-place span wins over a fuzzy match of the same place: fuzzy match edges are imprecise.
  const choice = inPlace && fuzzy && overlaps(inPlace, fuzzy) ? inPlace : best([inPlace, fuzzy]);
  if (choice) {
    return { status: "changed", anchor: createAnchor(newText, choice.start, choice.end), similarity: choice.similarity };
  }

  // 4. Not found: keep the old anchor for display.
  return { status: "orphaned", anchor };
}

function found(newText: string, anchor: Anchor, span: Span): ReanchorResult {
  const status = span.start === anchor.start && span.end === anchor.end ? "unchanged" : "moved";
  return { status, anchor: createAnchor(newText, span.start, span.end), similarity: 1 };
}

function editedInPlace(newText: string, quote: string, mapped: Span, context: MatchContext): Candidate | null {
  const span = trimLike(newText, mapped, quote);
  const length = span.end - span.start;
  if (length <= 0 || maxSimilarityForLengths(quote.length, length) < MIN_EDITED_SIMILARITY) return null;
  const similarity = textSimilarity(quote, newText.slice(span.start, span.end));
  return similarity >= MIN_EDITED_SIMILARITY ? candidate(newText, span, similarity, context) : null;
}

function candidate(newText: string, span: Span, similarity: number, context: MatchContext): Candidate {
  return { start: span.start, end: span.end, similarity, score: scoreMatch(newText, span, similarity, context) };
}

// Trims whitespace an edit left at the span's edges, unless the old quote itself started/ended with whitespace.
function trimLike(newText: string, span: Span, quote: string): Span {
  return trimSpan(newText, span, !/^\s/.test(quote), !/\s$/.test(quote));
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function best(candidates: readonly (Candidate | null)[]): Candidate | null {
  let top: Candidate | null = null;
  for (const c of candidates) {
    if (c && (!top || c.score > top.score)) top = c;
  }
  return top;
}
