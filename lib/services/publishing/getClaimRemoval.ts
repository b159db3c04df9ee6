import { and, asc, desc, eq, gt, isNotNull, sql } from "drizzle-orm";
import { articleRetractions, articles, articleVersions } from "@/db/schema";
import type { PublishedClaim } from "@/lib/domain/publishedSnapshot";
import { safeParsed } from "../validation";
import { defineVerb } from "../verb";
import { claimQuery, notRetracted, versionHasClaim, versionLanguage } from "./publicQuery";
import type { RemovedClaimDto } from "./publishedDto";

/**
 * How a claim left its fact-check: the version that removed it, for embeds of the claim, which must say so rather
 * than vanish. Null unless the claim was published and a later version of a fact-check that is not retracted left it
 * out (one retracted: getClaimRetraction). Public: it tells only what the versions published.
 */
export const getClaimRemoval = defineVerb(
  {
    name: "getClaimRemoval",
    permission: "public",
    input: safeParsed(claimQuery),
    audit: [],
    reads: "published",
  },
  async (ctx, query): Promise<RemovedClaimDto | null> => {
    if (!query.success) return null;
    const { claimId } = query.data;
    const [last] = await ctx.db
      .select({ articleId: articles.id, slug: articles.slug, current: articles.publishedVersion, number: articleVersions.number, claims: sql<PublishedClaim[]>`${articleVersions.snapshot}->'claims'` })
      .from(articles)
      .innerJoin(articleVersions, eq(articleVersions.articleId, articles.id))
      .where(and(notRetracted, isNotNull(articles.publishedVersion), versionHasClaim(claimId)))
      .orderBy(desc(articleVersions.number))
      .limit(1);
    const statement = last?.claims.find((claim) => claim.id === claimId)?.statement;
    const current = last?.current ?? null;
    // Still in the version readers see (or in none any more): not removed.
    if (!last || statement === undefined || current === null || last.number >= current) return null;
    const [removedIn, now, retracted] = await Promise.all([
      ctx.db
        .select({ number: articleVersions.number, publishedAt: articleVersions.publishedAt, changeNote: articleVersions.changeNote, isCorrection: articleVersions.isCorrection })
        .from(articleVersions)
        .where(and(eq(articleVersions.articleId, last.articleId), gt(articleVersions.number, last.number)))
        .orderBy(asc(articleVersions.number))
        .limit(1),
      ctx.db
        .select({ title: articleVersions.title, language: versionLanguage })
        .from(articleVersions)
        .where(and(eq(articleVersions.articleId, last.articleId), eq(articleVersions.number, current))),
      // A retraction of the last version with the claim: the claim went with it, and the next version came without it.
      ctx.db
        .select({ retractedAt: articleRetractions.retractedAt, reason: articleRetractions.reason })
        .from(articleRetractions)
        .where(and(eq(articleRetractions.articleId, last.articleId), eq(articleRetractions.version, last.number))),
    ]);
    if (!removedIn[0] || !now[0]) return null;
    return {
      kind: "removed",
      slug: last.slug,
      title: now[0].title,
      language: now[0].language,
      statement,
      lastShownIn: last.number,
      removedIn: removedIn[0],
      withdrawnBy: retracted[0] ?? null,
    };
  },
);
