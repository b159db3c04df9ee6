import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { articleRetractions, articles, articleVersions } from "@/db/schema";
import { defineVerb } from "../verb";
import type { RetractionFeedEntry } from "./publishedDto";
import { PUBLISHED_LISTED } from "@/lib/domain/limits";

const listSchema = z.strictObject({ limit: z.number().int().min(1).max(PUBLISHED_LISTED.max).default(PUBLISHED_LISTED.default) });

/**
 * The most recent retractions, newest first, for the feed: which fact-check (its title as retracted), when and why.
 * Public: a retraction is part of the public record, also once the article is published again.
 */
export const listRetractions = defineVerb({
  name: "listRetractions",
  permission: "public",
  input: listSchema.prefault({}),
  audit: [],
  reads: "published",
}, async (ctx, { limit }): Promise<RetractionFeedEntry[]> => {
  return ctx.db
    .select({
      slug: articles.slug,
      title: articleVersions.title,
      version: articleRetractions.version,
      retractedAt: articleRetractions.retractedAt,
      reason: articleRetractions.reason,
    })
    .from(articleRetractions)
    .innerJoin(articles, eq(articles.id, articleRetractions.articleId))
    .innerJoin(articleVersions, and(eq(articleVersions.articleId, articleRetractions.articleId), eq(articleVersions.number, articleRetractions.version)))
    .orderBy(desc(articleRetractions.retractedAt), desc(articleRetractions.id))
    .limit(limit);
});
