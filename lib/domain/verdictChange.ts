import type { PublishedClaim } from "./publishedSnapshot";

type PublishedVerdict = PublishedClaim["verdict"];

/**
 * True if a claim's published verdict changed from one version to the next. The label alone cannot tell: it is written
 * in the article's language, so correcting the language ("False" → "Falso") changes the words of the same verdict, and
 * a new scale version may give another place on the truth scale under the same name. Compared instead: the verdict
 * itself (its lineage across scale versions; before lineages were recorded, its scale version and place), its truth
 * rank (ClaimReview's ratingValue), and, while the language stays, its label.
 */
export function verdictChanged(before: PublishedVerdict, after: PublishedVerdict, languageChanged: boolean): boolean {
  if ((before.truthRank ?? null) !== (after.truthRank ?? null)) return true;
  if (!languageChanged && before.label !== after.label) return true;
  if (before.lineageId && after.lineageId) return before.lineageId !== after.lineageId;
  if (before.scaleVersion !== undefined && before.scaleVersion === after.scaleVersion) return before.position !== after.position;
  return before.label !== after.label;
}
