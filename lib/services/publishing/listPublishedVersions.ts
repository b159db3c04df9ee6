import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { articles, articleVersions } from "@/db/schema";
import type { PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
import { defineVerb } from "../verb";
import { notRetracted } from "./publicQuery";
import type { PublishedVersionEntry } from "./publishedDto";
import { PUBLISHED_LISTED } from "@/lib/domain/limits";

const listSchema = z.strictObject({ limit: z.number().int().min(1).max(PUBLISHED_LISTED.max).default(PUBLISHED_LISTED.default) });

/**
 * The most recent publications (every version, corrections included), newest first, for the feed. Public: reads only
 * published versions, and none of a retracted article.
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
      })
      .from(articleVersions)
      .innerJoin(articles, eq(articles.id, articleVersions.articleId))
      .where(notRetracted)
      .orderBy(desc(articleVersions.publishedAt), desc(articleVersions.id))
      .limit(limit);
    return rows.map(({ snapshot, ...row }) => {
      const { claims, language } = snapshot as PublishedSnapshot;
      return {
        ...row,
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
