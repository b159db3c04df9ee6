import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { articles, articleVersions } from "@/db/schema";
import type { PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
import { defineVerb } from "../verb";
import type { PublishedVersionDto, RetractedArticleDto } from "./publishedDto";

const versionQuery = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]{1,100}$/),
  number: z.number().int().positive().optional(),
});

/**
 * A published version of an article (the latest when `number` is omitted); for a retracted article only that it was
 * retracted, when and why; null for anything else: an unknown or malformed slug, a draft, a version that does not
 * exist. Public: it reads only published versions.
 */
export const getPublishedVersion = defineVerb(
  "getPublishedVersion",
  async (ctx, input: z.input<typeof versionQuery>): Promise<PublishedVersionDto | RetractedArticleDto | null> => {
    const query = versionQuery.safeParse(input);
    if (!query.success) return null;
    const { slug, number } = query.data;
    const [article] = await ctx.db
      .select({
        id: articles.id,
        latest: articles.publishedVersion,
        retractedAt: articles.retractedAt,
        reason: articles.retractionReason,
        title: articleVersions.title,
      })
      .from(articles)
      .leftJoin(articleVersions, and(eq(articleVersions.articleId, articles.id), eq(articleVersions.number, articles.publishedVersion)))
      .where(eq(articles.slug, slug));
    if (!article?.latest) return null;
    if (article.retractedAt) {
      return { kind: "retracted", slug, title: article.title ?? "", retractedAt: article.retractedAt, reason: article.reason ?? "" };
    }
    const history = await ctx.db
      .select({
        number: articleVersions.number,
        publishedAt: articleVersions.publishedAt,
        changeNote: articleVersions.changeNote,
        isCorrection: articleVersions.isCorrection,
      })
      .from(articleVersions)
      .where(eq(articleVersions.articleId, article.id))
      .orderBy(desc(articleVersions.number));
    const wanted = history.find((v) => v.number === (number ?? article.latest));
    if (!wanted) return null;
    const [version] = await ctx.db
      .select({ snapshot: articleVersions.snapshot })
      .from(articleVersions)
      .where(and(eq(articleVersions.articleId, article.id), eq(articleVersions.number, wanted.number)));
    return {
      kind: "published",
      slug,
      number: wanted.number,
      latestNumber: article.latest,
      publishedAt: wanted.publishedAt,
      changeNote: wanted.changeNote,
      isCorrection: wanted.isCorrection,
      snapshot: version!.snapshot as PublishedSnapshot,
      history,
    };
  },
);
