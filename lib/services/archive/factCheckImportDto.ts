import type { ClaimReviewFormat, SkippedRecord } from "@/lib/domain/claimReviewImport";

/** How the data came: a file's or page's format, a Factdesk API answer, or a news feed whose pages were read. */
export type ImportFormat = ClaimReviewFormat | "feed";

/** What one import of other fact-checkers' ClaimReviews did: counts, and each record left out with the reason. */
export type FactCheckImportDto = {
  /** Names the import in the audit log. */
  importId: string;
  format: ImportFormat;
  imported: number;
  skipped: SkippedRecord[];
};
