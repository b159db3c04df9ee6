import { z } from "zod";
import { ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { claimRef } from "../fields";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import type { ClaimDto } from "./claimDto";
import { lockClaim, updateClaimAtVersion } from "./claimRows";
import { toClaimDto } from "./toClaimDto";
import { words } from "@/lib/core/serviceWords";

const restoreSchema = z.strictObject(claimRef);

/** Takes a dismissed claim back into the workflow: in progress with its reviewer, else new. */
export const restoreClaim = defineVerb({
  name: "restoreClaim",
  permission: "claim:update",
  input: restoreSchema,
  audit: [{ action: "claim.restore", entityType: "claim", records: "both" }],
}, async (ctx, data, actor): Promise<ClaimDto> => {
  return transaction(ctx, async (tx) => {
    const claim = await lockClaim(tx.db, data.claimId);
    if (claim.status !== "dismissed") throw new ValidationError(words("restoreOnlyDismissed"));
    const updated = await updateClaimAtVersion(
      tx.db,
      claim,
      data.version,
      { status: claim.reviewerId ? "in_progress" : "new", dismissedReason: null },
      actor?.id ?? null,
    );
    await recordAudit(tx, {
      action: "claim.restore",
      entityType: "claim",
      entityId: claim.id,
      before: { status: claim.status, reason: claim.dismissedReason },
      after: { status: updated.status },
    });
    return toClaimDto(updated);
  });
});
