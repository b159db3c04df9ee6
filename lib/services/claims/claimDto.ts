import type { AnchorState, ClaimStatus } from "@/db/schema";

/** A claim as the desk shows it. */
export type ClaimDto = {
  id: string;
  articleId: string;
  start: number;
  end: number;
  quote: string;
  anchorState: AnchorState;
  statement: string;
  claimant: string;
  checkWorthiness: number | null;
  status: ClaimStatus;
  verdictId: string | null;
  reviewerId: string | null;
  dueOn: string | null;
  publicExplanation: string;
  version: number;
};
