import { z } from "zod";
import { comments } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { claimRef } from "../fields";
import { notify } from "../notifications/notify";
import { transaction } from "../transaction";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import type { ClaimDto } from "./claimDto";
import { lockClaim, updateClaimAtVersion } from "./claimRows";
import { toClaimDto } from "./toClaimDto";
import { MAX_COMMENT_CHARACTERS } from "@/lib/domain/limits";


const returnSchema = z.strictObject({
  ...claimRef,
  comment: z
    .string("Say what the reviewer should change.")
    .trim()
    .min(1, "Say what the reviewer should change.")
    .max(MAX_COMMENT_CHARACTERS, `Keep the comment under ${MAX_COMMENT_CHARACTERS.toLocaleString("en")} characters.`),
});

/**
 * An editor sends a verdict that waits for sign-off back to its reviewer, saying why: the claim is in progress
 * again, the reason joins the claim's conversation, and the reviewer is notified.
 */
export const returnClaim = defineVerb("returnClaim", async (ctx, input: z.input<typeof returnSchema>): Promise<ClaimDto> => {
  const actor = await authorize(ctx, "claim:signoff");
  const data = parseInput(returnSchema, input);
  return transaction(ctx, async (tx) => {
    const claim = await lockClaim(tx.db, data.claimId);
    if (claim.status !== "needs_signoff") throw new ValidationError("Only a verdict waiting for sign-off can be returned.");
    const updated = await updateClaimAtVersion(
      tx.db,
      claim,
      data.version,
      { status: "in_progress", submittedBy: null, submittedAt: null, pendingAuthors: [] },
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
