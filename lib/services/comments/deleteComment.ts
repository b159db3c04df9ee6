import { eq } from "drizzle-orm";
import { z } from "zod";
import { comments } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { commentChangeRefusal, lockComment } from "./commentRows";
import { said } from "@/lib/core/zodWords";

const deleteSchema = z.strictObject({ commentId: z.uuid(said("unknownComment")) });

/**
 * Deletes one's own comment in the first minutes after posting; an admin may delete any comment. The audit log
 * keeps what it said.
 */
export const deleteComment = defineVerb(
  {
    name: "deleteComment",
    permission: "comment:create",
    input: deleteSchema,
    audit: [{ action: "comment.delete", entityType: "comment", records: "before" }],
  },
  async (ctx, data): Promise<{ id: string; claimId: string }> => {
    return transaction(ctx, async (tx) => {
      const { comment, claim } = await lockComment(tx.db, data.commentId);
      const actor = await authorize(tx, "comment:create", claim);
      const refusal = commentChangeRefusal(comment, actor, "delete");
      if (refusal) throw new ForbiddenError(refusal);
      await tx.db.delete(comments).where(eq(comments.id, comment.id));
      await recordAudit(tx, {
        action: "comment.delete",
        entityType: "comment",
        entityId: comment.id,
        before: { claimId: claim.id, kind: comment.kind, body: comment.body, authorId: comment.authorId, createdAt: comment.createdAt },
      });
      return { id: comment.id, claimId: claim.id };
    });
  },
);
