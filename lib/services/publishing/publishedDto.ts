import type { PublishedClaim, PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
import type { VerdictCount } from "@/lib/domain/readerClaims";
import type { RetractionEntry } from "./versionsDto";

/** One published article on the home page. */
export type PublishedArticleSummary = {
  slug: string;
  title: string;
  number: number;
  publishedAt: Date;
  sourceOutlet: string | null;
  /** The article's language (ISO 639-1) as the version records it; null when unknown. */
  language: string | null;
  claimCount: number;
  /** How many of its claims got each verdict, worst verdict first. */
  verdicts: VerdictCount[];
};

export type { VerdictCount };

/** A published version as readers see it, with the history of versions. */
export type PublishedVersionDto = {
  kind: "published";
  slug: string;
  number: number;
  latestNumber: number;
  publishedAt: Date;
  changeNote: string;
  isCorrection: boolean;
  snapshot: PublishedSnapshot;
  history: { number: number; publishedAt: Date; changeNote: string; isCorrection: boolean }[];
  /** Times the article was retracted before being published again, newest first. */
  retractions?: RetractionEntry[];
};

/**
 * A retracted article: readers learn that it was retracted, when and why, and nothing of its content. `language`:
 * its title's, as the retracted version records it (null when unknown).
 */
/** A retracted article: which version was withdrawn (the one readers saw), when and why. */
export type RetractedArticleDto = { kind: "retracted"; slug: string; title: string; language: string | null; version: number; retractedAt: Date; reason: string };

/**
 * A claim a later version of a live fact-check left out: what its last version to carry it said of it (the statement
 * only) and the version that removed it, with that version's public note. Nothing else of the claim.
 */
export type RemovedClaimDto = {
  kind: "removed";
  slug: string;
  /** The fact-check's title now, and the language it is written in (null when unknown). */
  title: string;
  language: string | null;
  statement: string;
  /** The last version that carried the claim. */
  lastShownIn: number;
  removedIn: { number: number; publishedAt: Date; changeNote: string; isCorrection: boolean };
  /** The retraction that withdrew the claim with its version, when the fact-check was published again without it. */
  withdrawnBy: { retractedAt: Date; reason: string } | null;
};

export type PublishResult = { articleId: string; slug: string; number: number; claimCount: number };

/** One article in the public API's list: its current version and how many claims got each verdict. */
export type PublicArticleSummary = {
  slug: string;
  title: string;
  latestVersion: number;
  publishedAt: Date;
  verdictCounts: Record<string, number>;
};

/** One publication (any version) for the feed, with the verdict of each claim it carries. */
export type PublishedVersionEntry = {
  slug: string;
  number: number;
  title: string;
  publishedAt: Date;
  changeNote: string;
  isCorrection: boolean;
  /** The article's language (ISO 639-1) as the version records it; null or absent when unknown. */
  language?: string | null;
  verdicts: string[];
  /**
   * Each claim's verdict, statement and explanation, in reading order, with when its review was first published and
   * last changed (ISO 8601; absent when not known or never changed).
   */
  claims?: { verdict: string; statement: string; explanation: string; firstPublishedAt?: string; modifiedAt?: string }[];
  /** When and why this version was withdrawn, if a later retraction took it down (the article was published again since). */
  withdrawn?: { retractedAt: Date; reason: string } | null;
};

/** A retraction for the feed: the article, the version retracted, when and why. */
export type RetractionFeedEntry = { slug: string; title: string; version: number; retractedAt: Date; reason: string };

/** One claim as readers see it now, with the version it is in; `index` is its position in that version. */
export type PublishedClaimEntry = {
  slug: string;
  title: string;
  number: number;
  publishedAt: Date;
  source: PublishedSnapshot["source"];
  /** The article's language (ISO 639-1) as the version records it; null when unknown. */
  language: string | null;
  claim: PublishedClaim;
  index: number;
};
