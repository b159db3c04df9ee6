import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "@/db/client";
import { claims, comments, users, type Comment } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/core/context";
import { NotFoundError } from "@/lib/core/errors";
import type { CommentDto } from "./commentDto";
import { COMMENT_EDIT_MINUTES, MAX_COMMENT_CHARACTERS } from "@/lib/domain/limits";
import { said } from "@/lib/core/zodWords";
import { words, type ServiceWords } from "@/lib/core/serviceWords";

/** A comment's text from a form: line endings made plain, trimmed, not empty, not too long. */
export const commentBody = z
  .string(said("writeCommentFirst"))
  .transform((text) => text.replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .min(1, said("writeCommentFirst"))
      .max(MAX_COMMENT_CHARACTERS, said("keepACommentUnder", { max: MAX_COMMENT_CHARACTERS })),
  );

/** What who may comment on a claim is checked against. */
export type CommentedClaim = { id: string; articleId: string; reviewerId: string | null };

/**
 * The claim a comment is about, its row share-locked so it is not reassigned or deleted while the comment is
 * written (the claim is not changed: a comment never conflicts with an edit of the claim).
 */
export async function lockClaimForComment(db: Queryable, claimId: string): Promise<CommentedClaim> {
  const [claim] = await db
    .select({ id: claims.id, articleId: claims.articleId, reviewerId: claims.reviewerId })
    .from(claims)
    .where(eq(claims.id, claimId))
    .for("share");
  if (!claim) throw new NotFoundError(words("claimNotFound"));
  return claim;
}

// Whether a comment is still in its first minutes, by the database's clock (the one that stamped it).
const fresh = sql<boolean>`${comments.createdAt} > now() - ${sql.raw(`interval '${COMMENT_EDIT_MINUTES} minutes'`)}`;

export type CommentRow = Comment & { authorName: string; fresh: boolean };

/** A comment with its claim, the comment's row locked for change; NotFoundError when it is gone. */
export async function lockComment(db: Queryable, commentId: string): Promise<{ comment: CommentRow; claim: CommentedClaim }> {
  const [row] = await db
    .select({
      comment: comments,
      authorName: users.displayName,
      fresh,
      claim: { id: claims.id, articleId: claims.articleId, reviewerId: claims.reviewerId },
    })
    .from(comments)
    .innerJoin(claims, eq(claims.id, comments.claimId))
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.id, commentId))
    .for("update", { of: comments });
  if (!row) throw new NotFoundError(words("commentNotFound"));
  return { comment: { ...row.comment, authorName: row.authorName, fresh: row.fresh }, claim: row.claim };
}

/** A claim's comments, oldest first, with their authors' names. */
export async function claimComments(db: Queryable, claimId: string): Promise<CommentRow[]> {
  const rows = await db
    .select({ comment: comments, authorName: users.displayName, fresh })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.claimId, claimId))
    .orderBy(asc(comments.createdAt), asc(comments.id));
  return rows.map((row) => ({ ...row.comment, authorName: row.authorName, fresh: row.fresh }));
}

/**
 * Why this actor may not edit or delete this comment, in words for them, or null when they may. Authors change
 * their own comments for the first minutes only (after that others may have read and answered them); a note
 * returning a claim is part of the claim's record. Admins may delete any comment (something posted by mistake).
 */
export function commentChangeRefusal(comment: CommentRow, actor: Actor | null, change: "edit" | "delete"): ServiceWords | null {
  if (!actor) return null;
  if (change === "delete" && can(actor, "comment:moderate")) return null;
  if (comment.authorId !== actor.id) return words("onlyOwnComments", { change });
  if (comment.kind === "return") return words("returnNoteIsRecord", { change });
  if (!comment.fresh) return words("commentTooOld", { change, minutes: COMMENT_EDIT_MINUTES });
  return null;
}

/** A comment as this reader sees it; `mayComment`: whether they may comment on its claim at all. */
export function toCommentDto(comment: CommentRow, reader: Actor | null, mayComment: boolean): CommentDto {
  const may = (change: "edit" | "delete") =>
    commentChangeRefusal(comment, reader, change) === null && (mayComment || (change === "delete" && can(reader, "comment:moderate")));
  return {
    id: comment.id,
    claimId: comment.claimId,
    kind: comment.kind,
    body: comment.body,
    authorId: comment.authorId,
    authorName: comment.authorName,
    createdAt: comment.createdAt.toISOString(),
    editedAt: comment.editedAt?.toISOString() ?? null,
    canEdit: may("edit"),
    canDelete: may("delete"),
  };
}
