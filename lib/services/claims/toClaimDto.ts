import type { Claim } from "@/db/schema";
import type { ClaimDto } from "./claimDto";

export function toClaimDto(claim: Claim): ClaimDto {
  return {
    id: claim.id,
    articleId: claim.articleId,
    number: claim.number,
    start: claim.anchorStart,
    end: claim.anchorEnd,
    quote: claim.quote,
    anchorState: claim.anchorState,
    statement: claim.statement,
    claimant: claim.claimant,
    claimantType: claim.claimantType,
    appearanceUrl: claim.appearanceUrl,
    checkWorthiness: claim.checkWorthiness,
    status: claim.status,
    verdictId: claim.verdictId,
    reviewerId: claim.reviewerId,
    dueOn: claim.dueOn,
    submittedBy: claim.submittedBy,
    pendingAuthors: claim.pendingAuthors,
    dismissedReason: claim.dismissedReason,
    publicExplanation: claim.publicExplanation,
    version: claim.version,
  };
}
