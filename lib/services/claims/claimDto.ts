import type { AnchorState, Claim, ClaimStatus } from "@/db/schema";

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

export function toClaimDto(claim: Claim): ClaimDto {
  return {
    id: claim.id,
    articleId: claim.articleId,
    start: claim.anchorStart,
    end: claim.anchorEnd,
    quote: claim.quote,
    anchorState: claim.anchorState,
    statement: claim.statement,
    claimant: claim.claimant,
    checkWorthiness: claim.checkWorthiness,
    status: claim.status,
    verdictId: claim.verdictId,
    reviewerId: claim.reviewerId,
    dueOn: claim.dueOn,
    publicExplanation: claim.publicExplanation,
    version: claim.version,
  };
}
