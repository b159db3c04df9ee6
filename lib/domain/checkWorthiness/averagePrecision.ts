// Ranking metrics the CLEF-2019 CheckThat! Task 1 way: AP of the ranking within one document, MAP = mean over documents.

/**
 * Average precision of ranking items by descending score (ties keep input order, as the official scorer's stable
 * sort does): mean of precision@k over the ranks k of the positive items; 0 when there are no positives.
 */
export function averagePrecision(scores: readonly number[], labels: readonly (0 | 1 | boolean)[]): number {
  if (scores.length !== labels.length) throw new Error("averagePrecision: scores and labels differ in length");
  const order = scores.map((_, i) => i);
  order.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  let positives = 0;
  let sum = 0;
  for (let rank = 0; rank < order.length; rank++) {
    if (labels[order[rank] ?? 0]) {
      positives++;
      sum += positives / (rank + 1);
    }
  }
  return positives === 0 ? 0 : sum / positives;
}

/** Mean of per-document average precisions; 0 for no documents. */
export function meanAveragePrecision(
  documents: readonly { readonly scores: readonly number[]; readonly labels: readonly (0 | 1 | boolean)[] }[],
): number {
  if (documents.length === 0) return 0;
  let sum = 0;
  for (const d of documents) sum += averagePrecision(d.scores, d.labels);
  return sum / documents.length;
}
