import { like, or, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { articleRevisions, articles } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { slugify, uniqueSlug } from "@/lib/domain/slug";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { MAX_ARTICLE_CHARACTERS, optionalDate, optionalHttpUrl, optionalText } from "../fields";
import { ensureRatingScale } from "../ratingScales/ratingScales";
import { parseInput } from "../validation";

export const articleFieldsSchema = z.strictObject({
  title: z.string().trim().min(1, "Enter a title.").max(300, "Keep the title under 300 characters."),
  body: z
    .string()
    .trim()
    .min(1, "Paste the article's text.")
    .max(MAX_ARTICLE_CHARACTERS, "The article is too long (at most 1,000,000 characters)."),
  sourceOutlet: optionalText(200),
  sourceUrl: optionalHttpUrl,
  originalAuthor: optionalText(200),
  originalPublishedOn: optionalDate,
});

export type ArticleFieldsInput = z.input<typeof articleFieldsSchema>;

/** Brings an article into the desk (pasted or imported); returns its id and slug. */
export async function createArticle(
  ctx: ServiceContext,
  input: ArticleFieldsInput,
): Promise<{ id: string; slug: string }> {
  const actor = authorize(ctx, "article:create");
  const data = parseInput(articleFieldsSchema, input);
  const body = data.body.replace(/\r\n?/g, "\n");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const base = slugify(data.title);
    const taken = await tx
      .select({ slug: articles.slug })
      .from(articles)
      .where(or(eq(articles.slug, base), like(articles.slug, `${base}-%`)));
    const slug = uniqueSlug(base, new Set(taken.map((r) => r.slug)));
    const ratingScaleId = await ensureRatingScale(tx);
    const [article] = await tx
      .insert(articles)
      .values({ ...data, body, slug, ratingScaleId, createdBy: actor?.id ?? null, updatedBy: actor?.id ?? null })
      .returning({ id: articles.id, slug: articles.slug });
    await tx.insert(articleRevisions).values({ articleId: article!.id, revision: 1, body, createdBy: actor?.id ?? null });
    await recordAudit(tx, ctx, {
      action: "article.create",
      entityType: "article",
      entityId: article!.id,
      after: { title: data.title, slug, sourceUrl: data.sourceUrl },
    });
    return article!;
  });
}
