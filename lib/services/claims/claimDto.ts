import type { AnchorState, ClaimStatus } from "@/db/schema";
import type { ClaimantType } from "@/lib/domain/claimants";

/** A claim as the desk shows it. */
export type ClaimDto = {
  id: string;
  articleId: string;
  /** Stable per article: claims are numbered in the order they were made. */
  number: number;
  start: number;
  end: number;
  quote: string;
  anchorState: AnchorState;
  statement: string;
  claimant: string;
  /** Whether the claimant is a person or an organisation, as the desk said; null while nobody has. */
  claimantType: ClaimantType | null;
  /** Where the claim itself was made, when the desk has a link of its own for it. */
  appearanceUrl: string | null;
  checkWorthiness: number | null;
  status: ClaimStatus;
  verdictId: string | null;
  reviewerId: string | null;
  dueOn: string | null;
  /** Who sent the current verdict for sign-off (they may not sign it off). */
  submittedBy: string | null;
  /** Who wrote the content waiting for sign-off: its sender and whoever changed it since (none may sign it off). */
  pendingAuthors: string[];
  /** Why an editor dismissed the claim, while it is dismissed. */
  dismissedReason: string | null;
  publicExplanation: string;
  version: number;
};
