import type { PublishedClaim } from "./publishedSnapshot";

type PublishedVerdict = PublishedClaim["verdict"];

/**
 * True if a claim's published verdict changed from one version to the next. The label alone cannot tell: a label
 * translated into the article's new language ("False" → "Falso") is the same verdict in other words, and a new scale
 * version may give another place on the truth scale under the same name. Compared instead: the verdict itself (its
 * lineage across scale versions; before lineages were recorded, its scale version and place), its truth rank
 * (ClaimReview's ratingValue) and, for a verdict on it, the highest place of its scale (bestRating: "4 of 5" is not "4 of
 * 6" to an aggregator), and its label wherever both are in the same words: while the article's language stays,
 * or, when it changed, when neither label or both are the same translation (a snapshot records a translated label's
 * `language`), so a verdict the scale renamed is a change also in a version that corrects the article's language.
 */
export function verdictChanged(before: PublishedVerdict, after: PublishedVerdict, languageChanged: boolean): boolean {
  if (placeMoved(before, after)) return true;
  const sameWords = !languageChanged || (before.language ?? null) === (after.language ?? null);
  if (sameWords && before.label !== after.label) return true;
  if (before.lineageId && after.lineageId) return before.lineageId !== after.lineageId;
  if (before.scaleVersion !== undefined && before.scaleVersion === after.scaleVersion) return before.position !== after.position;
  return before.label !== after.label;
}

/**
 * True if a changed verdict is the same one under another name: the same verdict of the scale (its lineage) at the
 * same place on the truth scale, renamed by the rating scale. Nobody rated the claim again, and readers are told so.
 */
export function verdictRenamed(before: PublishedVerdict, after: PublishedVerdict): boolean {
  return Boolean(before.lineageId) && before.lineageId === after.lineageId && (before.truthRank ?? null) === (after.truthRank ?? null) && before.label !== after.label;
}

/**
 * True if the rating scale moved a verdict on its truth scale and nothing else: the same verdict under the same name,
 * with another place or on a scale with another highest place (a verdict added above it, or removed). Nobody rated the
 * claim again, though its ClaimReview's numbers changed, and readers and the publish preview are told so. The same
 * verdict: the same lineage, or, against a version published before lineages were recorded, the same name (as
 * verdictChanged reads it then), so such a version is not said to have changed "from Mostly true to Mostly true".
 */
export function verdictMoved(before: PublishedVerdict, after: PublishedVerdict): boolean {
  const sameVerdict = before.lineageId && after.lineageId ? before.lineageId === after.lineageId : true;
  return sameVerdict && before.label === after.label && placeMoved(before, after);
}

/** Its ClaimReview's numbers differ: its place on the truth scale, or (when it has one) the scale's highest place. */
function placeMoved(before: PublishedVerdict, after: PublishedVerdict): boolean {
  const rank = before.truthRank ?? null;
  if (rank !== (after.truthRank ?? null)) return true;
  return rank !== null && (before.bestTruthRank ?? null) !== (after.bestTruthRank ?? null);
}
