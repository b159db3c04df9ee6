import { z } from "zod";
import { comments } from "@/db/schema";
import { ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { claimRef } from "../fields";
import { notify } from "../notifications/notify";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import type { ClaimDto } from "./claimDto";
import { lockClaim, updateClaimAtVersion } from "./claimRows";
import { toClaimDto } from "./toClaimDto";
import { MAX_COMMENT_CHARACTERS } from "@/lib/domain/limits";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";


const returnSchema = z.strictObject({
  ...claimRef,
  comment: z
    .string(said("sayWhatToChange"))
    .trim()
    .min(1, said("sayWhatToChange"))
    .max(MAX_COMMENT_CHARACTERS, said("keepCommentUnder", { max: MAX_COMMENT_CHARACTERS })),
});

/**
 * An editor sends a verdict that waits for sign-off back to its reviewer, saying why: the claim is in progress
 * again, the reason joins the claim's conversation, and the reviewer is notified.
 */
export const returnClaim = defineVerb({
  name: "returnClaim",
  permission: "claim:signoff",
  input: returnSchema,
  audit: [{ action: "claim.return", entityType: "claim", records: "both" }],
}, async (ctx, data, actor): Promise<ClaimDto> => {
  return transaction(ctx, async (tx) => {
    const claim = await lockClaim(tx.db, data.claimId);
    if (claim.status !== "needs_signoff") throw new ValidationError(words("returnOnlyWaitingVerdict"));
    const updated = await updateClaimAtVersion(
      tx.db,
      claim,
      data.version,
      { status: "in_progress", submittedBy: null, submittedAt: null },
      actor?.id ?? null,
    );
    const author = actor?.id ?? claim.updatedBy;
    if (author) await tx.db.insert(comments).values({ claimId: claim.id, authorId: author, body: data.comment, kind: "return" });
    const reviewer = claim.reviewerId ?? claim.submittedBy;
    // The notification names the claim only: a reference to the article would lock its row after the claim's,
    // against the lock order (articles/articleLocks.ts), and could deadlock with a text revision.
    if (reviewer) await notify(tx, [{ userId: reviewer, kind: "returned", claimId: claim.id }]);
    await recordAudit(tx, {
      action: "claim.return",
      entityType: "claim",
      entityId: claim.id,
      before: { status: claim.status, submittedBy: claim.submittedBy },
      after: { status: updated.status, comment: data.comment },
    });
    return toClaimDto(updated);
  });
});
