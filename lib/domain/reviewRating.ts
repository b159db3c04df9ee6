// A verdict as schema.org's Rating, as fact-check aggregators read it (the rating scale editor previews it too).

/**
 * A ClaimReview's rating. A verdict on the truth scale carries its number (the closer to bestRating, the truer, as
 * aggregators read it); one that rates no truth ("Unproven", "Satire") carries only its name.
 */
export type ReviewRating =
  | { "@type": "Rating"; alternateName: string; ratingValue: number; bestRating: number; worstRating: 1 }
  | { "@type": "Rating"; alternateName: string };

/** The verdict as a ClaimReview rating: a number only for a place on the truth scale that fits its scale's best. */
export function reviewRatingOf(verdict: { label: string; truthRank?: number | null; bestTruthRank?: number | null }): ReviewRating {
  const rank = verdict.truthRank ?? null;
  const best = verdict.bestTruthRank ?? null;
  // Unknown or inconsistent (a snapshot from before ranks, a rank above the best): no number rather than a wrong one.
  if (rank === null || best === null || !Number.isInteger(rank) || rank < 1 || rank > best) return { "@type": "Rating", alternateName: verdict.label };
  return { "@type": "Rating", alternateName: verdict.label, ratingValue: rank, bestRating: best, worstRating: 1 };
}
