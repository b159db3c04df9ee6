import { detectWordsLanguage } from "./articleLanguage";
import { reviewRatingOf, type ReviewRating } from "./reviewRating";
import { claimAnchor } from "./claimAnchors";
import { isOutlet, SCHEMA_TYPE } from "./claimants";
import { verdictLanguage, type PublishedClaim, type PublishedSnapshot } from "./publishedSnapshot";

// schema.org ClaimReview (https://schema.org/ClaimReview) for published claims, as search engines and fact-check
// aggregators read it. Pure: the caller supplies the site's address and the organisation.

/**
 * The organisation that publishes the reviews (the ClaimReview author); `logoUrl` optional. `language`: the newsroom's
 * (ISO 639-1): a review's, for versions published before they recorded the language of their verdict's words.
 */
export type ClaimReviewPublisher = { name: string; url: string | null; logoUrl?: string | null; language: string };

/** A place a claim appeared: the original article (with its outlet and date when known) or the claim's own link. */
export type Appearance = {
  "@type": "CreativeWork";
  url: string;
  datePublished?: string;
  publisher?: { "@type": "Organization"; name: string };
};

/** One published version, as much of it as a ClaimReview needs. */
export type ReviewedVersion = {
  slug: string;
  publishedAt: Date;
  source: PublishedSnapshot["source"];
  claims: readonly PublishedClaim[];
};

export type ClaimReview = {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  /** The language the review is written in (ISO 639-1): see reviewLanguage. */
  inLanguage: string;
  /** When the review was first published; a later version that changed it adds `dateModified`. */
  datePublished: string;
  dateModified?: string;
  author: { "@type": "Organization"; name: string; url: string; logo?: string };
  itemReviewed: {
    "@type": "Claim";
    /** The claimant, typed as the desk said (an article's outlet is an Organization); untyped when nobody said. */
    author?: { "@type"?: "Person" | "Organization"; name: string };
    datePublished?: string;
    /** Where the claim was first made: the claim's own link when it has one, else the original article. */
    firstAppearance?: Appearance;
    /** Every place known to carry it: the original article, and the claim's own link. */
    appearance?: Appearance[];
  };
  reviewRating: ReviewRating;
};

/**
 * The number readers see for the claim at `index` (0-based) of a version: its place in reading order, 1…n (a
 * version's claims are kept in reading order). Not a link target: it can name another claim in the next version.
 */
export function claimNumber(_claim: Pick<PublishedClaim, "id">, index: number): number {
  return index + 1;
}

/** The reader page's fragment for a claim (`claim-1a2b3c4d`), the same in every version: a ClaimReview's url ends with it. */
export function claimFragment(claim: Pick<PublishedClaim, "id">, _index?: number): string {
  return claimAnchor(claim.id);
}

/** The reader page of an article, absolute. `siteUrl` has no trailing slash requirement. */
export function articleUrl(siteUrl: string, slug: string): string {
  return new URL(`/articles/${encodeURIComponent(slug)}`, siteUrl).toString();
}

/**
 * The claimant as the desk recorded them: typed as the desk said; an article's outlet is an Organization (snapshots
 * from before the desk asked); otherwise named without a type rather than guessed from the name.
 */
function claimantOf(claim: PublishedClaim, outlet: string | null): ClaimReview["itemReviewed"]["author"] {
  const name = claim.claimant.trim();
  if (!name) return undefined;
  const type = claim.claimantType ? SCHEMA_TYPE[claim.claimantType] : isOutlet(name, outlet) ? "Organization" : undefined;
  return type ? { "@type": type, name } : { name };
}

/** The original article as a CreativeWork: its address, and its date and outlet when known (its byline may not be a person: left out). */
function articleAppearance(source: PublishedSnapshot["source"]): Appearance | undefined {
  const url = webUrl(source.url);
  if (!url) return undefined;
  const date = originalDate(source.publishedOn);
  const outlet = source.outlet?.trim();
  return {
    "@type": "CreativeWork",
    url,
    ...(date ? { datePublished: date } : {}),
    ...(outlet ? { publisher: { "@type": "Organization" as const, name: outlet } } : {}),
  };
}

/** A date-only or full timestamp string, as given, when it parses; else nothing. */
function originalDate(value: string | null): string | undefined {
  if (!value) return undefined;
  return Number.isNaN(Date.parse(value)) ? undefined : value;
}

/** An http(s) URL, normalised; else nothing (never a javascript: or relative address). */
function webUrl(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The language a review is written in: that of its statement and explanation when they tell it (a newsroom may write
 * about a Spanish article in Spanish with its English scale, or in its own language), else that of its verdict's words
 * (alternateName): a translation's, or the scale's own words' as recorded when published; for versions published
 * before that, the newsroom's when the version was published (else now). Not simply the article's.
 */
function reviewLanguage(claim: PublishedClaim, publisher: ClaimReviewPublisher): string {
  return detectWordsLanguage(`${claim.statement}\n${claim.explanation}`) ?? verdictLanguage(claim.verdict) ?? claim.newsroomLanguage ?? publisher.language;
}

/** One ClaimReview per claim of the version, in the version's order. */
export function buildClaimReviews(siteUrl: string, publisher: ClaimReviewPublisher, version: ReviewedVersion): ClaimReview[] {
  return version.claims.map((claim, index) => buildClaimReview(siteUrl, publisher, version, claim, index));
}

/** The ClaimReview author: the newsroom, its site, and its logo when it gave a web address for one. */
function organisationOf(siteUrl: string, publisher: ClaimReviewPublisher): ClaimReview["author"] {
  const logo = webUrl(publisher.logoUrl ?? null);
  return { "@type": "Organization", name: publisher.name, url: webUrl(publisher.url) ?? new URL("/", siteUrl).toString(), ...(logo ? { logo } : {}) };
}

/** The ClaimReview of the claim at `index` (0-based, reading order) of a published version. */
export function buildClaimReview(
  siteUrl: string,
  publisher: ClaimReviewPublisher,
  version: Omit<ReviewedVersion, "claims">,
  claim: PublishedClaim,
  index: number,
): ClaimReview {
  const claimant = claimantOf(claim, version.source.outlet);
  const claimDate = originalDate(version.source.publishedOn);
  const article = articleAppearance(version.source);
  const ownUrl = webUrl(claim.appearanceUrl ?? null);
  const own: Appearance | undefined = ownUrl && ownUrl !== article?.url ? { "@type": "CreativeWork", url: ownUrl } : undefined;
  const appearances = [own, article].filter((a): a is Appearance => a !== undefined);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${articleUrl(siteUrl, version.slug)}#${claimFragment(claim, index)}`,
    claimReviewed: claim.statement,
    inLanguage: reviewLanguage(claim, publisher),
    // Versions published before reviews carried their dates: the version's time, as was published then.
    datePublished: claim.firstPublishedAt ?? version.publishedAt.toISOString(),
    ...(claim.modifiedAt ? { dateModified: claim.modifiedAt } : {}),
    author: organisationOf(siteUrl, publisher),
    itemReviewed: {
      "@type": "Claim",
      ...(claimant ? { author: claimant } : {}),
      // The article's date is the claim's only when the claim was not made elsewhere first.
      ...(claimDate && !own ? { datePublished: claimDate } : {}),
      ...(appearances.length ? { firstAppearance: appearances[0]!, appearance: appearances } : {}),
    },
    reviewRating: reviewRatingOf(claim.verdict),
  };
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<`, `>` and `&` become \u escapes so no text can close
 * the element or open a comment, and U+2028/U+2029 too (line terminators in old JavaScript parsers). Still JSON.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
