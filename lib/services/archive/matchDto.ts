import type { MatchReason } from "@/lib/domain/claimMatching";
import type { TextRun } from "@/lib/domain/searchHighlights";

/** An earlier fact-check in the archive: the newsroom's own published claim review, or one imported from elsewhere. */
export type ArchiveEntryDto = {
  /** `own:<claim id>` or `fc:<fact check id>`. */
  key: string;
  origin: "own" | "imported";
  statement: string;
  claimant: string | null;
  publisher: string;
  rating: string;
  /** The verdict's colour for the newsroom's own ratings; imported ratings have none. */
  ratingColour: string | null;
  /** YYYY-MM-DD. */
  publishedOn: string | null;
  /** Absolute for imported fact-checks; the reader page's path for the newsroom's own. */
  url: string;
  /**
   * The claim's language: an imported review's inLanguage (BCP 47, as given), the published version's for the
   * newsroom's own; null when unknown. Absent from matches linked before entries had one.
   */
  language?: string | null;
};

/** One suggested match of a claim, with the words they share (to highlight) and what an editor decided. */
export type ClaimMatchDto = ArchiveEntryDto & {
  score: number;
  /** Very likely the same claim (calibrated; only ever the first suggestion); otherwise a possible match. */
  strong: boolean;
  sharedTerms: string[];
  /** Why it matched: the numbers, names and telling words both mention. */
  reason: MatchReason;
  /** The statement with the reason's words marked. */
  statementRuns: TextRun[];
  decision: "linked" | null;
};

/** The matches of each claim of an article, keyed by claim id; linked matches come first. */
export type ArticleMatchesDto = {
  matches: Record<string, ClaimMatchDto[]>;
  /** For sentences asked about by text, in their order: the first match, when it is strong. */
  textMatches: (ClaimMatchDto | null)[];
  archiveSize: number;
};
