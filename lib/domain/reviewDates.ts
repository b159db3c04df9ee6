import type { PublishedClaim } from "./publishedSnapshot";
import { verdictChanged } from "./verdictChange";

// When each published review was first published and last changed, carried from version to version (ClaimReview
// datePublished / dateModified, the API's and the feed's dates). A new version must not make an unchanged review
// look new: an aggregator would list every claim of a corrected article as checked again.

/** A published version of the article, as much as its reviews' dates need (`language`: the article's, if known). */
export type DatedVersion = { publishedAt: Date; claims: readonly PublishedClaim[]; language?: string | null };

type ReviewDates = { firstPublishedAt: string; modifiedAt?: string; claim: PublishedClaim; language: string | null };

/** What readers are told a review says: a change of any of it is a change of the review (not its words' language). */
function reviewChanged(before: ReviewDates, after: PublishedClaim, language: string | null): boolean {
  return (
    verdictChanged(before.claim.verdict, after.verdict, before.language !== language) ||
    before.claim.explanation !== after.explanation ||
    before.claim.statement !== after.statement
  );
}

/** Each claim's dates in a version, given the dates of the versions before it (a claim's own recorded dates win). */
function dateVersion(known: ReadonlyMap<string, ReviewDates>, version: DatedVersion): Map<string, ReviewDates> {
  const next = new Map(known);
  const at = version.publishedAt.toISOString();
  const language = version.language ?? null;
  for (const claim of version.claims) {
    const before = known.get(claim.id);
    if (claim.firstPublishedAt) {
      next.set(claim.id, { firstPublishedAt: claim.firstPublishedAt, ...(claim.modifiedAt ? { modifiedAt: claim.modifiedAt } : {}), claim, language });
    } else if (!before) {
      next.set(claim.id, { firstPublishedAt: at, claim, language });
    } else {
      const modifiedAt = reviewChanged(before, claim, language) ? at : before.modifiedAt;
      next.set(claim.id, { firstPublishedAt: before.firstPublishedAt, ...(modifiedAt ? { modifiedAt } : {}), claim, language });
    }
  }
  return next;
}

/**
 * The claims of a version about to be published at `publishedAt`, each with `firstPublishedAt` (the first version
 * that carried it, else now) and `modifiedAt` (the last version whose verdict, explanation or statement differed from
 * the version before that carried it; absent while it never changed). `earlier`: the article's published versions,
 * in any order (a review retracted with its article and published again keeps its first date).
 */
export function dateReviews(
  earlier: readonly DatedVersion[],
  claims: readonly PublishedClaim[],
  publishedAt: Date,
  language: string | null = null,
): PublishedClaim[] {
  const ordered = [...earlier].sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
  const known = ordered.reduce<Map<string, ReviewDates>>((dates, version) => dateVersion(dates, version), new Map());
  const stripped = claims.map(({ firstPublishedAt: _first, modifiedAt: _modified, ...claim }) => claim);
  const dated = dateVersion(known, { publishedAt, claims: stripped, language });
  return stripped.map((claim) => {
    const { firstPublishedAt, modifiedAt } = dated.get(claim.id)!;
    return { ...claim, firstPublishedAt, ...(modifiedAt ? { modifiedAt } : {}) };
  });
}
