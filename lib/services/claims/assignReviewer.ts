import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { claimRef } from "../fields";
import { notify } from "../notifications/notify";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import type { ClaimDto } from "./claimDto";
import { lockClaim, updateClaimAtVersion } from "./claimRows";
import { assertDueDateNotPast } from "./dueDates";
import { toClaimDto } from "./toClaimDto";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const assignSchema = z.strictObject({
  ...claimRef,
  reviewerId: z.uuid(said("chooseReviewer")).nullable(),
  dueOn: z.union([z.literal(""), z.iso.date(said("enterDate"))]).nullish(),
});

/** Gives a claim to a reviewer (or takes it back), with an optional due date (not in the past). */
export const assignReviewer = defineVerb({
  name: "assignReviewer",
  permission: "claim:assign",
  input: assignSchema,
  audit: [{ action: "claim.assign", entityType: "claim", records: "both" }],
}, async (ctx, data, actor): Promise<ClaimDto> => {
  return transaction(ctx, async (tx) => {
    const claim = await lockClaim(tx.db, data.claimId);
    if (data.reviewerId) {
      const [reviewer] = await tx.db.select({ active: users.active }).from(users).where(eq(users.id, data.reviewerId));
      if (!reviewer?.active) throw new ValidationError(words("reviewerInactive"), { reviewerId: words("chooseActiveReviewer") });
    }
    // A new due date may not be in the past; keeping the one the claim has (say, when only the reviewer changes) may.
    if (data.dueOn && data.dueOn !== claim.dueOn) await assertDueDateNotPast(tx.db, data.dueOn);
    const updated = await updateClaimAtVersion(
      tx.db,
      claim,
      data.version,
      {
        reviewerId: data.reviewerId,
        dueOn: data.dueOn || null,
        status: claim.status === "new" && data.reviewerId ? "in_progress" : claim.status,
      },
      actor?.id ?? null,
    );
    if (updated.reviewerId && updated.reviewerId !== claim.reviewerId) {
      await notify(tx, [{ userId: updated.reviewerId, kind: "assigned", claimId: claim.id }]);
    }
    await recordAudit(tx, {
      action: "claim.assign",
      entityType: "claim",
      entityId: claim.id,
      before: { reviewerId: claim.reviewerId, dueOn: claim.dueOn },
      after: { reviewerId: updated.reviewerId, dueOn: updated.dueOn },
    });
    return toClaimDto(updated);
  });
});
