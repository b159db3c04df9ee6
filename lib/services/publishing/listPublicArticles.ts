import { count, desc } from "drizzle-orm";
import { z } from "zod";
import { articles, articleVersions } from "@/db/schema";
import type { PublishedClaim } from "@/lib/domain/publishedSnapshot";
import { defineVerb } from "../verb";
import { latestVersionJoin, notRetracted, pageFields, type Page } from "./publicQuery";
import type { PublicArticleSummary } from "./publishedDto";

/** The query of GET /api/v1/articles (its OpenAPI parameters are generated from it). */
export const publicArticlesQuery = z.strictObject(pageFields);

/**
 * A page of the published articles, most recently published first, each with how many of its claims got each
 * verdict. Public: reads only the current published version of articles that are not retracted.
 */
export const listPublicArticles = defineVerb(
  {
    name: "listPublicArticles",
    permission: "public",
    input: publicArticlesQuery.prefault({}),
    audit: [],
    reads: "published",
  },
  async (ctx, { page, perPage }): Promise<Page<PublicArticleSummary>> => {
    const [rows, [total]] = await Promise.all([
      ctx.db
        .select({
          slug: articles.slug,
          title: articleVersions.title,
          latestVersion: articleVersions.number,
          publishedAt: articleVersions.publishedAt,
          claims: articleVersions.snapshot,
        })
        .from(articles)
        .innerJoin(articleVersions, latestVersionJoin)
        .where(notRetracted)
        .orderBy(desc(articleVersions.publishedAt), desc(articleVersions.id))
        .limit(perPage)
        .offset((page - 1) * perPage),
      ctx.db.select({ n: count() }).from(articles).innerJoin(articleVersions, latestVersionJoin).where(notRetracted),
    ]);
    const items = rows.map(({ claims: snapshot, ...row }) => ({ ...row, verdictCounts: verdictCounts((snapshot as { claims: PublishedClaim[] }).claims) }));
    return { items, page, perPage, total: Number(total?.n ?? 0) };
  },
);

function verdictCounts(claims: readonly PublishedClaim[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const claim of claims) counts[claim.verdict.label] = (counts[claim.verdict.label] ?? 0) + 1;
  return counts;
}
