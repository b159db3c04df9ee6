import { z } from "zod";
import { authorize } from "@/lib/auth/permissions";
import { recordAudit } from "../audit/recordAudit";
import { claimRef } from "../fields";
import { transaction } from "../transaction";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import type { ClaimDto } from "./claimDto";
import { lockClaim, contentChangeBy, updateClaimAtVersion } from "./claimRows";
import { toClaimDto } from "./toClaimDto";

const editSchema = z.strictObject({
  ...claimRef,
  statement: z.string().trim().min(1, "Write the claim as reviewers will check it.").max(2000, "Keep the statement under 2,000 characters."),
  claimant: z.string().trim().max(200, "Keep the claimant under 200 characters."),
});

/** Changes the claim statement (as reviewers will check it) and who made the claim. */
export const editClaim = defineVerb("editClaim", async (ctx, input: z.input<typeof editSchema>): Promise<ClaimDto> => {
  const actor = await authorize(ctx, "claim:update");
  const data = parseInput(editSchema, input);
  return transaction(ctx, async (tx) => {
    const claim = await lockClaim(tx.db, data.claimId);
    const changed = data.statement !== claim.statement || data.claimant !== claim.claimant;
    const updated = await updateClaimAtVersion(
      tx.db,
      claim,
      data.version,
      { statement: data.statement, claimant: data.claimant, ...(changed ? contentChangeBy(claim, actor?.id ?? null) : {}) },
      actor?.id ?? null,
    );
    await recordAudit(tx, {
      action: "claim.edit",
      entityType: "claim",
      entityId: claim.id,
      before: { statement: claim.statement, claimant: claim.claimant, status: claim.status },
      after: { statement: updated.statement, claimant: updated.claimant, status: updated.status },
    });
    return toClaimDto(updated);
  });
});
