import { diffLevenshtein, diffMain } from "diff-match-patch-es";

/** Bound on the per-quote diff; on timeout the edit distance is over-estimated, never under-estimated. */
const SIMILARITY_DIFF_TIMEOUT_SECONDS = 0.05;

/** Similarity of two strings in [0, 1]: 1 − (edit distance / length of the longer one). */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  const diffs = diffMain(a, b, { diffTimeout: SIMILARITY_DIFF_TIMEOUT_SECONDS }, false);
  return Math.max(0, 1 - diffLevenshtein(diffs) / longer);
}

/** Cheap upper bound of `textSimilarity(a, b)` from the lengths alone. */
export function maxSimilarityForLengths(aLength: number, bLength: number): number {
  const longer = Math.max(aLength, bLength);
  return longer === 0 ? 1 : Math.min(aLength, bLength) / longer;
}
