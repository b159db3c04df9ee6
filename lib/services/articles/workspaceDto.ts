import type { ClaimStatus } from "@/db/schema";
import type { ClaimSuggestion } from "@/lib/domain/claimSuggestions";
import type { ClaimDto } from "../claims/claimDto";
import type { VerdictDto } from "../ratingScales/verdictDto";

export type WorkspaceClaim = ClaimDto & {
  reviewerName: string | null;
  verdictLabel: string | null;
  verdictColour: string | null;
  /** The language the verdict's label is written in (its rating scale's), null without a verdict. */
  verdictLanguage: string | null;
  sources: { url: string; title: string }[];
};

export type WorkspaceDto = {
  article: {
    id: string;
    title: string;
    slug: string;
    body: string;
    textRevision: number;
    version: number;
    sourceOutlet: string | null;
    sourceUrl: string | null;
    originalAuthor: string | null;
    originalPublishedOn: string | null;
    /** ISO 639-1 code of its language as the desk records it; null when unknown (publishing then detects it). */
    language: string | null;
    publishedVersion: number | null;
    /** Set while the published fact-check is retracted (readers see when and why). */
    retracted: { at: Date; reason: string } | null;
  };
  /** Fingerprint of the claims a publish would include now; publishing refuses when they changed since. */
  publishStamp: string;
  claims: WorkspaceClaim[];
  /** Suggested sentences not yet covered by a claim, in document order. */
  suggestions: ClaimSuggestion[];
  /** True when the suggestions took longer than their time budget (a very long article): there are none to show. */
  suggestionsOutOfTime: boolean;
  /** ISO 639-1 code of the article's language when there is no check-worthiness model for it (then no suggestions). */
  suggestionsLanguageWithoutModel: string | null;
  reviewers: { id: string; displayName: string }[];
  verdicts: VerdictDto[];
  counts: Record<ClaimStatus, number>;
  permissions: { editClaims: boolean; editArticle: boolean; assign: boolean; signOff: boolean; publish: boolean };
};

