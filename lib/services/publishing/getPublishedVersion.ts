import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { articleVersions } from "@/db/schema";
import type { PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
import { safeParsed } from "../validation";
import { defineVerb } from "../verb";
import { findPublicArticle, retractionHistory, slugField, versionHistory } from "./publicArticle";
import type { PublishedVersionDto, RetractedArticleDto } from "./publishedDto";

const versionQuery = z.strictObject({
  slug: slugField,
  number: z.number().int().positive().optional(),
});

/**
 * A published version of an article (the latest when `number` is omitted), with the article's history of versions and
 * of retractions (it was published again after each); for a retracted article only that it was
 * retracted, when and why; null for anything else: an unknown or malformed slug, a draft, a version that does not
 * exist. Public: it reads only published versions.
 */
export const getPublishedVersion = defineVerb(
  {
    name: "getPublishedVersion",
    permission: "public",
    input: safeParsed(versionQuery),
    audit: [],
    reads: "published",
  },
  async (ctx, query): Promise<PublishedVersionDto | RetractedArticleDto | null> => {
    if (!query.success) return null;
    const { slug, number } = query.data;
    const article = await findPublicArticle(ctx.db, slug);
    if (!article || article.kind === "retracted") return article;
    const [history, retractions] = await Promise.all([versionHistory(ctx.db, article.id), retractionHistory(ctx.db, article.id)]);
    const wanted = history.find((v) => v.number === (number ?? article.latestNumber));
    if (!wanted) return null;
    const [version] = await ctx.db
      .select({ snapshot: articleVersions.snapshot })
      .from(articleVersions)
      .where(and(eq(articleVersions.articleId, article.id), eq(articleVersions.number, wanted.number)));
    return {
      kind: "published",
      slug,
      number: wanted.number,
      latestNumber: article.latestNumber,
      publishedAt: wanted.publishedAt,
      changeNote: wanted.changeNote,
      isCorrection: wanted.isCorrection,
      snapshot: version!.snapshot as PublishedSnapshot,
      history,
      retractions,
    };
  },
);
