import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "@/db/client";
import { articles, claims, drafts, type Draft } from "@/db/schema";
import { MAX_ARTICLE_CHARACTERS, MAX_COMMENT_CHARACTERS, MAX_EXPLANATION_CHARACTERS, MAX_SOURCES_PER_CLAIM, MAX_TITLE_CHARACTERS, MAX_URL_CHARACTERS } from "@/lib/domain/limits";
import { NotFoundError } from "@/lib/core/errors";
import type { DraftDto, DraftForm } from "./draftDto";
import { said } from "@/lib/core/zodWords";
import { words } from "@/lib/core/serviceWords";

// A draft holds what the form held, as typed (not yet valid, so not checked against the form's own rules), within
// sizes above what the form may save (twice its field's limit): a draft is never the reason text is lost.
const DRAFT_SOURCES_CHARACTERS = 2 * MAX_SOURCES_PER_CLAIM * (MAX_TITLE_CHARACTERS + MAX_URL_CHARACTERS);

const claimForm = { articleId: z.uuid(said("unknownArticle")), claimId: z.uuid(said("unknownClaim")), baseVersion: z.int().min(1) };

export const draftInput = z.discriminatedUnion("form", [
  z.strictObject({
    ...claimForm,
    form: z.literal("review"),
    value: z.strictObject({
      verdictId: z.string().max(64),
      publicExplanation: z.string().max(2 * MAX_EXPLANATION_CHARACTERS, said("draftExplanationTooLong")),
      sources: z.string().max(DRAFT_SOURCES_CHARACTERS, said("draftSourcesTooLong")),
      readyForSignoff: z.boolean(),
    }),
  }),
  z.strictObject({
    ...claimForm,
    form: z.literal("comment"),
    value: z.strictObject({ body: z.string().max(2 * MAX_COMMENT_CHARACTERS, said("draftCommentTooLong")) }),
  }),
  z.strictObject({
    articleId: claimForm.articleId,
    baseVersion: claimForm.baseVersion,
    form: z.literal("text"),
    value: z.strictObject({ body: z.string().max(MAX_ARTICLE_CHARACTERS, said("draftTextTooLong")) }),
  }),
]);

/** Where a form's draft is kept: one per person, article and form. */
export function draftKey(form: DraftForm, claimId?: string | null): string {
  return form === "text" ? "text" : `${form}:${claimId}`;
}

/** Fails unless the claim (when there is one) belongs to the article and the article exists. */
export async function assertDraftTarget(db: Queryable, articleId: string, claimId: string | null): Promise<void> {
  const [row] = claimId
    ? await db.select({ id: claims.id }).from(claims).where(and(eq(claims.id, claimId), eq(claims.articleId, articleId)))
    : await db.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId));
  if (!row) throw new NotFoundError(words(claimId ? "claimNotFound" : "articleNotFound"));
}

/** Drops a person's draft of a form, once what it held has been saved (inside the saving verb's transaction). */
export async function discardOwnDraft(db: Queryable, userId: string | undefined, articleId: string, form: DraftForm, claimId?: string): Promise<void> {
  if (!userId) return;
  await db.delete(drafts).where(and(eq(drafts.userId, userId), eq(drafts.articleId, articleId), eq(drafts.key, draftKey(form, claimId))));
}

export function toDraftDto(row: Draft): DraftDto {
  const [form] = row.key.split(":") as [DraftForm];
  return { form, claimId: row.claimId, value: row.value, baseVersion: row.baseVersion, savedAt: row.updatedAt.toISOString() };
}
