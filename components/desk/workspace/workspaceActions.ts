import type { ArticleFormValues } from "@/components/desk/articleFormValues";
import type { ClaimHistoryDto } from "@/lib/services/claims/claimHistoryDto";
import type { PublicationPreviewDto } from "@/lib/services/publishing/publicationPreviewDto";
import type { ActionResult } from "@/lib/web/actionResult";

type Result<T = unknown> = Promise<ActionResult<T>>;
type ClaimRef = { claimId: string; version: number };

export type ReviseSummary = { unchanged: number; moved: number; changed: number; orphaned: number; textRevision: number; version: number };
/** The article's title, source details and language (an ISO 639-1 code) as the form holds them (empty string = not given). */
export type ArticleDetails = Omit<ArticleFormValues, "body"> & { language: string };
export type PublishSummary = { slug: string; number: number; claimCount: number };
/** What the editor publishes: the article as they were shown it (version, text revision, claims), and the note. */
export type PublishInput = {
  articleId: string;
  version: number;
  textRevision: number;
  publishStamp: string;
  changeNote: string;
  isCorrection: boolean;
};

/** The workspace's server actions, handed down from the page (components never import app/ or services). */
export type WorkspaceActions = {
  createClaim: (input: { articleId: string; start: number; end: number; textRevision: number }) => Result<{ id: string }>;
  acceptSuggestions: (input: { articleId: string; textRevision: number; spans: { start: number; end: number }[] }) => Result<{ created: number; skipped: number; claimIds: string[] }>;
  editClaim: (
    input: ClaimRef & { statement: string; claimant: string; claimantType?: "person" | "organization" | null; appearanceUrl?: string | null },
  ) => Result<{ status: string }>;
  deleteClaim: (input: ClaimRef) => Result;
  mergeClaims: (input: { firstId: string; firstVersion: number; secondId: string; secondVersion: number }) => Result;
  splitClaim: (input: ClaimRef & { at: number }) => Result;
  moveClaimAnchor: (input: ClaimRef & { start: number; end: number; textRevision: number }) => Result;
  assignReviewer: (input: ClaimRef & { reviewerId: string | null; dueOn: string | null }) => Result;
  reviewClaim: (
    input: ClaimRef & { verdictId: string | null; publicExplanation: string; sources: { url: string; title: string }[]; readyForSignoff: boolean },
  ) => Result;
  signOffClaim: (input: ClaimRef) => Result;
  returnClaim: (input: ClaimRef & { comment: string }) => Result;
  dismissClaim: (input: ClaimRef & { reason: string }) => Result;
  restoreClaim: (input: ClaimRef) => Result;
  loadClaimHistory: (claimId: string) => Result<ClaimHistoryDto>;
  reviseArticleText: (input: { articleId: string; version: number; body: string }) => Result<ReviseSummary>;
  updateArticleDetails: (input: { articleId: string; version: number } & ArticleDetails) => Result<{ version: number }>;
  previewPublication: (input: { articleId: string }) => Result<PublicationPreviewDto>;
  publishArticle: (input: PublishInput) => Result<PublishSummary>;
  retractArticle: (input: { articleId: string; version: number; publishedVersion: number; reason: string }) => Result<{ slug: string; retractedAt: Date }>;
};
