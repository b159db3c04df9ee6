import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { articles, articleVersions } from "@/db/schema";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import type { PublishedArticleSummary } from "./publishedDto";

const listSchema = z.strictObject({ limit: z.number().int().min(1).max(200).default(50) }).default({ limit: 50 });

/** Published articles, most recently published first. Public: it reads only published versions. */
export const listPublishedArticles = defineVerb(
  "listPublishedArticles",
  async (ctx, input: z.input<typeof listSchema> | void): Promise<PublishedArticleSummary[]> => {
    const { limit } = parseInput(listSchema, input ?? undefined);
    return ctx.db
      .select({
        slug: articles.slug,
        title: articleVersions.title,
        number: articleVersions.number,
        publishedAt: articleVersions.publishedAt,
        sourceOutlet: sql<string | null>`${articleVersions.snapshot}->'source'->>'outlet'`,
        claimCount: sql<number>`jsonb_array_length(${articleVersions.snapshot}->'claims')`.mapWith(Number),
      })
      .from(articles)
      .innerJoin(articleVersions, and(eq(articleVersions.articleId, articles.id), eq(articleVersions.number, articles.publishedVersion)))
      .where(isNull(articles.retractedAt))
      .orderBy(desc(articleVersions.publishedAt))
      .limit(limit);
  },
);
