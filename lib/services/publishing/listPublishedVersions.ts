import { desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { articleRetractions, articles, articleVersions } from "@/db/schema";
import type { PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
import { retractionOfVersion } from "@/lib/domain/retractionOfVersion";
import { defineVerb } from "../verb";
import { notRetracted } from "./publicQuery";
import type { PublishedVersionEntry } from "./publishedDto";
import { PUBLISHED_LISTED } from "@/lib/domain/limits";

const listSchema = z.strictObject({ limit: z.number().int().min(1).max(PUBLISHED_LISTED.max).default(PUBLISHED_LISTED.default) });

/**
 * The most recent publications (every version, corrections included), newest first, for the feed, each version that
 * a retraction took down marked with it. Public: reads only published versions, and none of a retracted article.
 */
export const listPublishedVersions = defineVerb(
  {
    name: "listPublishedVersions",
    permission: "public",
    input: listSchema.prefault({}),
    audit: [],
    reads: "published",
  },
  async (ctx, { limit }): Promise<PublishedVersionEntry[]> => {
    const rows = await ctx.db
      .select({
        slug: articles.slug,
        number: articleVersions.number,
        title: articleVersions.title,
        publishedAt: articleVersions.publishedAt,
        changeNote: articleVersions.changeNote,
        isCorrection: articleVersions.isCorrection,
        snapshot: articleVersions.snapshot,
        articleId: articleVersions.articleId,
      })
      .from(articleVersions)
      .innerJoin(articles, eq(articles.id, articleVersions.articleId))
      .where(notRetracted)
      .orderBy(desc(articleVersions.publishedAt), desc(articleVersions.id))
      .limit(limit);
    // The retractions of those articles (an article published again since keeps them), in one read.
    const articleIds = [...new Set(rows.map((row) => row.articleId))];
    const retractions = articleIds.length
      ? await ctx.db
          .select({ articleId: articleRetractions.articleId, version: articleRetractions.version, retractedAt: articleRetractions.retractedAt, reason: articleRetractions.reason })
          .from(articleRetractions)
          .where(inArray(articleRetractions.articleId, articleIds))
      : [];
    return rows.map(({ snapshot, articleId, ...row }) => {
      const { claims, language } = snapshot as PublishedSnapshot;
      const takenDown = retractionOfVersion(retractions.filter((r) => r.articleId === articleId), row.number);
      return {
        ...row,
        withdrawn: takenDown ? { retractedAt: takenDown.retractedAt, reason: takenDown.reason } : null,
        language: language ?? null,
        verdicts: claims.map((claim) => claim.verdict.label),
        claims: claims.map((claim) => ({
          verdict: claim.verdict.label,
          statement: claim.statement,
          explanation: claim.explanation,
          ...(claim.firstPublishedAt ? { firstPublishedAt: claim.firstPublishedAt } : {}),
          ...(claim.modifiedAt ? { modifiedAt: claim.modifiedAt } : {}),
        })),
      };
    });
  },
);
