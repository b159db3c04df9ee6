import type { ClaimChange } from "@/lib/domain/snapshotDiff";
import type { DiffParagraph } from "@/lib/domain/wordDiff";
import type { RetractedArticleDto } from "./publishedDto";

export type { ClaimChange } from "@/lib/domain/snapshotDiff";
export type { DiffParagraph, WordChange } from "@/lib/domain/wordDiff";

/** One published version in an article's history, as readers see it listed. */
export type VersionEntry = { number: number; title: string; publishedAt: Date; changeNote: string; isCorrection: boolean };

/** A retraction of the article, kept on its public record when it is published again. */
export type RetractionEntry = {
  /** The version readers saw when it was retracted. */
  version: number;
  retractedAt: Date;
  reason: string;
};

/** Every version of a published article, newest first, and every time it was retracted (newest first). */
export type VersionListDto = {
  kind: "versions";
  slug: string;
  title: string;
  /** The language of the title (the latest version's, ISO 639-1); null when unknown. */
  language: string | null;
  latestNumber: number;
  versions: VersionEntry[];
  retractions?: RetractionEntry[];
};

/** What changed for readers from one version (`from`, the older) to another (`to`). */
export type VersionComparisonDto = {
  kind: "comparison";
  slug: string;
  title: string;
  /** The language of the title (the latest version's); null when unknown. */
  language: string | null;
  /** The language the compared text is read in: the newer version's (null when unknown). */
  textLanguage: string | null;
  latestNumber: number;
  versions: VersionEntry[];
  from: VersionEntry;
  to: VersionEntry;
  /** The headline word by word; null when it did not change. */
  titleChange: DiffParagraph[] | null;
  /** The article text word by word, paragraph by paragraph (all of it, changed or not). */
  text: DiffParagraph[];
  textChanged: boolean;
  sourceChanged: boolean;
  /** The article's language as the newer version records it, when it differs from the older's (null: unknown). */
  languageChange: { to: string | null } | null;
  claims: ClaimChange[];
};

export type { RetractedArticleDto };

/** One page of a longer public list. */
export type PageOf<T> = { items: T[]; page: number; pageCount: number; total: number };

/**
 * An entry of the corrections page: a version published as a correction, or a retraction (`number` the version
 * retracted, `publishedAt` when, `changeNote` why). `retracted` says the article is retracted now, so links go to
 * its retraction notice.
 */
export type CorrectionEntry = {
  kind: "correction" | "retraction";
  slug: string;
  title: string;
  /** The title's language, as its version records it; null when unknown. */
  language: string | null;
  number: number;
  publishedAt: Date;
  changeNote: string;
  retracted: boolean;
};
