import type { Claim } from "@/db/schema";
import type { TxContext } from "@/lib/core/context";
import { notify } from "../notifications/notify";

/** A claim's verdict and public explanation as a verb is about to save them. */
export type VerdictContent = { verdictId: string | null; publicExplanation: string };

/**
 * Who is credited once `actorId` saves this verdict and explanation: whoever changes the verdict chose it, whoever
 * changes the explanation wrote it; what is saved unchanged keeps its author (so sending a reviewer's draft for
 * sign-off, or fixing a typo in the explanation only, does not take the verdict's credit).
 */
export function verdictAuthorsAfter(claim: Claim, next: VerdictContent, actorId: string | null): Pick<Claim, "verdictBy" | "explanationBy"> {
  return {
    verdictBy: next.verdictId === claim.verdictId ? claim.verdictBy : next.verdictId && actorId,
    explanationBy: next.publicExplanation === claim.publicExplanation ? claim.explanationBy : next.publicExplanation ? actorId : null,
  };
}

/** Tells a claim's reviewer when someone else changed its verdict or explanation (they may be credited for less, or not at all). */
export async function tellReviewerOfVerdictChange(tx: TxContext, claim: Claim, next: VerdictContent): Promise<void> {
  const changed = next.verdictId !== claim.verdictId || next.publicExplanation !== claim.publicExplanation;
  if (changed && claim.reviewerId) await notify(tx, [{ userId: claim.reviewerId, kind: "verdict_changed", claimId: claim.id }]);
}
