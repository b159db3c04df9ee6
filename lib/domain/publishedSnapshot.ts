/** What readers see of one published claim: only reviewed, signed-off content, never internal notes. */
export type PublishedClaim = {
  id: string;
  /** The claim's number in the desk (stable, for staff; readers see places in reading order); versions before it was recorded lack it. */
  number?: number;
  /** The `#claim-N` a version published before reading-order numbers showed it as, so links made then still reach it. */
  legacyNumber?: number;
  start: number;
  end: number;
  quote: string;
  statement: string;
  claimant: string;
  /** Whether the claimant is a person or an organisation, as the desk said; absent when nobody has. */
  claimantType?: "person" | "organization" | null;
  /** Where the claim itself was made, when the desk has a link of its own for it (beside the article's). */
  appearanceUrl?: string | null;
  verdict: {
    label: string;
    description: string;
    colour: string;
    /** 1 = worst … scaleSize = best, the order readers see the scale in (not a measure of truth). */
    position: number;
    scaleSize: number;
    /**
     * The verdict's place on the truth scale, 1 = least true … bestTruthRank = most true (ClaimReview ratingValue,
     * worstRating 1, bestRating bestTruthRank); null (or absent) for a verdict that rates no truth, such as "Unproven".
     */
    truthRank?: number | null;
    /** The highest place on the truth scale of the verdict's scale version; null when none of its verdicts has one. */
    bestTruthRank?: number | null;
    /** The rating scale's version the verdict was given on. */
    scaleVersion?: number;
    /** The same verdict in every version of the scale (absent from versions published before it was recorded). */
    lineageId?: string;
    /** The language its label and description are translated into (the article's); absent: the scale's own words. */
    language?: string;
    /**
     * The language the rating scale's own words were written in when the version was published (ISO 639-1): its
     * label's and description's when they are not translated. Absent from versions published before scales recorded
     * it, whose own words were taken to be the newsroom's (in the page's language, `newsroomLanguage` in ClaimReview).
     */
    scaleLanguage?: string;
  };
  explanation: string;
  sources: { url: string; title: string }[];
  /** Who wrote the verdict and explanation (display names), from the versions that record it (lib/domain/verdictCredit.ts). */
  verdictBy?: string[];
  /** Who approved them (display name), when recorded. */
  approvedBy?: string | null;
  /**
   * When its review was first published (ISO 8601): the time of the first version that carried it, kept by every
   * later one (ClaimReview datePublished). Versions published before it was recorded lack it (lib/domain/reviewDates.ts).
   */
  firstPublishedAt?: string;
  /** When a later version last changed its published verdict, explanation or statement (ClaimReview dateModified). */
  modifiedAt?: string;
  /**
   * The newsroom's language when the version was published: the review's language when neither its words nor a
   * translated verdict tell (ClaimReview inLanguage). Absent from versions published before it was recorded.
   */
  newsroomLanguage?: string;
  /** The claim's reviewer (display name): what versions published before verdictBy credit instead. */
  reviewerName?: string | null;
  reviewedAt: string;
};

/** The immutable public content of an article version. */
export type PublishedSnapshot = {
  title: string;
  body: string;
  source: {
    outlet: string | null;
    url: string | null;
    author: string | null;
    publishedOn: string | null;
  };
  claims: PublishedClaim[];
  /**
   * ISO 639-1 code of the language the article is written in: the desk's, else the one detected when it was
   * published; null when unknown. Absent from versions published before snapshots carried it (unknown too).
   */
  language?: string | null;
  /** "reading" from the version on where readers' claim numbers follow reading order (lib/domain/claimAnchors.ts). */
  numbering?: "reading";
};

/**
 * The language a published verdict's label and description are written in: its translation's, else the scale's own
 * words' as recorded when published; undefined for own words published before that (read as the page's language).
 */
export function verdictLanguage(verdict: Pick<PublishedClaim["verdict"], "language" | "scaleLanguage">): string | undefined {
  return verdict.language ?? verdict.scaleLanguage;
}

/** Claims in reading order, dropping any whose span no longer fits the body (defensive: never render garbage). */
export function orderPublishedClaims(body: string, claims: readonly PublishedClaim[]): PublishedClaim[] {
  return claims
    .filter((c) => c.start >= 0 && c.end <= body.length && c.start < c.end && body.slice(c.start, c.end) === c.quote)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
