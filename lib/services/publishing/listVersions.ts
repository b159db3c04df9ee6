import { z } from "zod";
import { safeParsed } from "../validation";
import { defineVerb } from "../verb";
import type { RetractedArticleDto } from "./publishedDto";
import { findPublicArticle, retractionHistory, slugField, versionHistory } from "./publicArticle";
import type { VersionListDto } from "./versionsDto";

const versionsQuery = z.strictObject({ slug: slugField });

/**
 * Every published version of an article, newest first, with its date, change note and whether it was a correction,
 * and every earlier retraction (when, why, which version); for a retracted article only when and why; null for an
 * unknown or malformed address. Public.
 */
export const listVersions = defineVerb(
  {
    name: "listVersions",
    permission: "public",
    input: safeParsed(versionsQuery),
    audit: [],
    reads: "published",
  },
  async (ctx, query): Promise<VersionListDto | RetractedArticleDto | null> => {
    if (!query.success) return null;
    const article = await findPublicArticle(ctx.db, query.data.slug);
    if (article?.kind !== "live") return article;
    const [versions, retractions] = await Promise.all([versionHistory(ctx.db, article.id), retractionHistory(ctx.db, article.id)]);
    return { kind: "versions", slug: query.data.slug, title: article.title, language: article.language, latestNumber: article.latestNumber, versions, retractions };
  },
);
