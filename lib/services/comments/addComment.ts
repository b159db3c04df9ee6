import { z } from "zod";
import { comments } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { discardOwnDraft } from "../drafts/draftRows";
import { notify } from "../notifications/notify";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import type { CommentPostedDto } from "./commentDto";
import { commentBody, lockClaimForComment, toCommentDto } from "./commentRows";
import { resolveMentions } from "./mentions";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const addSchema = z.strictObject({ claimId: z.uuid(said("unknownClaim")), body: commentBody });

/** Adds a comment to a claim's internal conversation and tells the colleagues it mentions. */
export const addComment = defineVerb({
  name: "addComment",
  permission: "comment:create",
  input: addSchema,
  audit: [{ action: "comment.create", entityType: "comment", records: "after" }],
}, async (ctx, data): Promise<CommentPostedDto> => {
  return transaction(ctx, async (tx) => {
    const claim = await lockClaimForComment(tx.db, data.claimId);
    const actor = await authorize(tx, "comment:create", claim);
    if (!actor) throw new ForbiddenError(words("commentsNeedStaff"));
    const [comment] = await tx.db.insert(comments).values({ claimId: claim.id, authorId: actor.id, body: data.body }).returning();
    await discardOwnDraft(tx.db, actor.id, claim.articleId, "comment", claim.id);
    const { mentioned, unknown } = await resolveMentions(tx.db, claim.articleId, data.body);
    const others = mentioned.filter((person) => person.id !== actor.id);
    await notify(tx, others.map((person) => ({ userId: person.id, kind: "mentioned", claimId: claim.id, commentId: comment!.id })));
    await recordAudit(tx, {
      action: "comment.create",
      entityType: "comment",
      entityId: comment!.id,
      after: { claimId: claim.id, kind: comment!.kind, body: comment!.body, mentioned: others.map((person) => person.id) },
    });
    return {
      comment: toCommentDto({ ...comment!, authorName: actor.displayName, fresh: true }, actor, true),
      notified: others.map((person) => person.displayName),
      unknownMentions: unknown,
    };
  });
});
