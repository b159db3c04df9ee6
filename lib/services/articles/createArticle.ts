import { eq, like, or } from "drizzle-orm";
import { z } from "zod";
import { articleRevisions, articles } from "@/db/schema";
import { detectArticleLanguage } from "@/lib/domain/articleLanguage";
import { slugify, uniqueSlug } from "@/lib/domain/slug";
import { textSearchConfig } from "@/lib/domain/textSearchConfig";
import { recordAudit } from "../audit/recordAudit";
import { ensureRatingScale } from "../ratingScales/scaleRows";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { articleBody, articleLanguage, articleSourceFields, articleTitle, normaliseLineEnds } from "./articleFields";

const createArticleSchema = z.strictObject({
  title: articleTitle,
  body: articleBody,
  ...articleSourceFields,
  /** Detected from the text when not given. */
  language: articleLanguage.optional(),
});

export type ArticleFieldsInput = z.input<typeof createArticleSchema>;

/** Brings an article into the desk (pasted or imported), its language detected unless given; returns its id and slug. */
export const createArticle = defineVerb({
  name: "createArticle",
  permission: "article:create",
  input: createArticleSchema,
  audit: [{ action: "article.create", entityType: "article", records: "after" }],
}, async (ctx, data, actor): Promise<{ id: string; slug: string }> => {
  const body = normaliseLineEnds(data.body);
  const language = data.language !== undefined ? data.language : detectArticleLanguage(body);
  return transaction(ctx, async (tx) => {
    const base = slugify(data.title, language);
    const taken = await tx.db
      .select({ slug: articles.slug })
      .from(articles)
      .where(or(eq(articles.slug, base), like(articles.slug, `${base}-%`)));
    const slug = uniqueSlug(base, new Set(taken.map((r) => r.slug)));
    const ratingScaleId = await ensureRatingScale(tx.db);
    const [article] = await tx.db
      .insert(articles)
      .values({ ...data, body, language, searchConfig: textSearchConfig(language), slug, ratingScaleId, createdBy: actor?.id ?? null, updatedBy: actor?.id ?? null })
      .returning({ id: articles.id, slug: articles.slug });
    await tx.db.insert(articleRevisions).values({ articleId: article!.id, revision: 1, body, createdBy: actor?.id ?? null });
    await recordAudit(tx, {
      action: "article.create",
      entityType: "article",
      entityId: article!.id,
      after: { title: data.title, slug, sourceUrl: data.sourceUrl, language },
    });
    return article!;
  });
});
