import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { comments } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { notify } from "../notifications/notify";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import type { CommentPostedDto } from "./commentDto";
import { commentBody, commentChangeRefusal, lockComment, toCommentDto } from "./commentRows";
import { alreadyNotified, resolveMentions } from "./mentions";
import { said } from "@/lib/core/zodWords";

const editSchema = z.strictObject({ commentId: z.uuid(said("unknownComment")), body: commentBody });

/**
 * Changes the text of one's own comment, in the first minutes after posting. Colleagues it now mentions are told;
 * those it mentioned before are not told again.
 */
export const editComment = defineVerb({
  name: "editComment",
  permission: "comment:create",
  input: editSchema,
  audit: [{ action: "comment.edit", entityType: "comment", records: "both" }],
}, async (ctx, data): Promise<CommentPostedDto> => {
  return transaction(ctx, async (tx) => {
    const { comment, claim } = await lockComment(tx.db, data.commentId);
    const actor = await authorize(tx, "comment:create", claim);
    const refusal = commentChangeRefusal(comment, actor, "edit");
    if (refusal) throw new ForbiddenError(refusal);
    const [updated] = await tx.db
      .update(comments)
      .set({ body: data.body, editedAt: sql`now()` })
      .where(eq(comments.id, comment.id))
      .returning();
    const { mentioned, unknown } = await resolveMentions(tx.db, claim.articleId, data.body);
    const told = await alreadyNotified(tx.db, comment.id);
    const newly = mentioned.filter((person) => person.id !== actor?.id && !told.has(person.id));
    await notify(tx, newly.map((person) => ({ userId: person.id, kind: "mentioned", claimId: claim.id, commentId: comment.id })));
    await recordAudit(tx, {
      action: "comment.edit",
      entityType: "comment",
      entityId: comment.id,
      before: { claimId: claim.id, body: comment.body },
      after: { claimId: claim.id, body: updated!.body, mentioned: newly.map((person) => person.id) },
    });
    return {
      comment: toCommentDto({ ...updated!, authorName: comment.authorName, fresh: comment.fresh }, actor, true),
      notified: newly.map((person) => person.displayName),
      unknownMentions: unknown,
    };
  });
});
