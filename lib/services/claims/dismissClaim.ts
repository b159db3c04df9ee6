import { z } from "zod";
import { ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { claimRef } from "../fields";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import type { ClaimDto } from "./claimDto";
import { lockClaim, updateClaimAtVersion } from "./claimRows";
import { toClaimDto } from "./toClaimDto";
import { MAX_DISMISSAL_REASON_CHARACTERS } from "@/lib/domain/limits";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const dismissSchema = z.strictObject({
  ...claimRef,
  reason: z
    .string(said("sayWhyDismissed"))
    .trim()
    .min(1, said("sayWhyDismissed"))
    .max(MAX_DISMISSAL_REASON_CHARACTERS, said("keepReasonUnder", { max: MAX_DISMISSAL_REASON_CHARACTERS })),
});

/** An editor decides a claim is not worth checking, saying why; it leaves the workflow (and future versions). */
export const dismissClaim = defineVerb({
  name: "dismissClaim",
  permission: "claim:update",
  input: dismissSchema,
  audit: [{ action: "claim.dismiss", entityType: "claim", records: "both" }],
}, async (ctx, data, actor): Promise<ClaimDto> => {
  return transaction(ctx, async (tx) => {
    const claim = await lockClaim(tx.db, data.claimId);
    if (claim.status === "dismissed") throw new ValidationError(words("claimAlreadyDismissed"));
    const updated = await updateClaimAtVersion(
      tx.db,
      claim,
      data.version,
      { status: "dismissed", dismissedReason: data.reason, signedOffAt: null, signedOffBy: null, submittedBy: null, submittedAt: null },
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
