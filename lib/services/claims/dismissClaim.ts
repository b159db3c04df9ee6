import { z } from "zod";
import { authorize } from "@/lib/auth/permissions";
import { ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { claimRef } from "../fields";
import { transaction } from "../transaction";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import type { ClaimDto } from "./claimDto";
import { lockClaim, updateClaimAtVersion } from "./claimRows";
import { toClaimDto } from "./toClaimDto";
import { MAX_DISMISSAL_REASON_CHARACTERS } from "@/lib/domain/limits";

const dismissSchema = z.strictObject({
  ...claimRef,
  reason: z
    .string("Say why this claim is not worth checking.")
    .trim()
    .min(1, "Say why this claim is not worth checking.")
    .max(MAX_DISMISSAL_REASON_CHARACTERS, `Keep the reason under ${MAX_DISMISSAL_REASON_CHARACTERS.toLocaleString("en")} characters.`),
});

/** An editor decides a claim is not worth checking, saying why; it leaves the workflow (and future versions). */
export const dismissClaim = defineVerb("dismissClaim", async (ctx, input: z.input<typeof dismissSchema>): Promise<ClaimDto> => {
  const actor = await authorize(ctx, "claim:update");
  const data = parseInput(dismissSchema, input);
  return transaction(ctx, async (tx) => {
    const claim = await lockClaim(tx.db, data.claimId);
    if (claim.status === "dismissed") throw new ValidationError("This claim is already dismissed.");
    const updated = await updateClaimAtVersion(
      tx.db,
      claim,
      data.version,
      { status: "dismissed", dismissedReason: data.reason, signedOffAt: null, signedOffBy: null, submittedBy: null, submittedAt: null, pendingAuthors: [] },
      actor?.id ?? null,
    );
    await recordAudit(tx, {
      action: "claim.dismiss",
      entityType: "claim",
      entityId: claim.id,
      before: { status: claim.status },
      after: { status: updated.status, reason: data.reason },
    });
    return toClaimDto(updated);
  });
});
