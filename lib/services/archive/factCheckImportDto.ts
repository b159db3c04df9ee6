import type { SkippedRecord } from "@/lib/domain/claimReviewImport";

/** What one import of other fact-checkers' ClaimReviews did: counts, and each record left out with the reason. */
export type FactCheckImportDto = {
  /** Names the import in the audit log. */
  importId: string;
  format: "html" | "json" | "jsonl";
  imported: number;
  skipped: SkippedRecord[];
};
