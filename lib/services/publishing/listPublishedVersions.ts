import { desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { articleRetractions, articles, articleVersions } from "@/db/schema";
import type { PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
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
        withdrawnAt: sql`(${firstRetractionFrom(sql`r.retracted_at`)})`.mapWith(articleRetractions.retractedAt),
        withdrawnReason: sql<string | null>`(${firstRetractionFrom(sql`r.reason`)})`,
      })
      .from(articleVersions)
      .innerJoin(articles, eq(articles.id, articleVersions.articleId))
      .where(notRetracted)
      .orderBy(desc(articleVersions.publishedAt), desc(articleVersions.id))
      .limit(limit);
    return rows.map(({ snapshot, withdrawnAt, withdrawnReason, ...row }) => {
      const { claims, language } = snapshot as PublishedSnapshot;
      return {
        ...row,
        withdrawn: withdrawnAt ? { retractedAt: withdrawnAt, reason: withdrawnReason ?? "" } : null,
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

/** `column` of the first retraction that took the version down: the article's first one at or after its number. */
function firstRetractionFrom(column: ReturnType<typeof sql>) {
  return sql`select ${column} from ${articleRetractions} r
    where r.article_id = ${articleVersions.articleId} and r.version >= ${articleVersions.number}
    order by r.retracted_at limit 1`;
}
