import { and, eq, exists, isNotNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { articles, articleVersions } from "@/db/schema";
import { safeParsed } from "../validation";
import { defineVerb } from "../verb";
import { claimQuery, latestVersionJoin, versionHasClaim, versionLanguage } from "./publicQuery";
import type { RetractedArticleDto } from "./publishedDto";

const anyVersion = alias(articleVersions, "any_version");

/**
 * When a claim's fact-check was retracted, and why: for embeds of the claim, which must say so rather than vanish,
 * whichever of its versions published the claim (a correction may have removed it before). Null for a claim of a
 * fact-check that is not retracted (or none). Public: it tells only what the retraction notice tells, nothing of the
 * claim.
 */
export const getClaimRetraction = defineVerb(
  {
    name: "getClaimRetraction",
    permission: "public",
    input: safeParsed(claimQuery),
    audit: [],
    reads: "published",
  },
  async (ctx, query): Promise<RetractedArticleDto | null> => {
    if (!query.success) return null;
    const [found] = await ctx.db
      .select({ slug: articles.slug, title: articleVersions.title, language: versionLanguage, version: articleVersions.number, retractedAt: articles.retractedAt, reason: articles.retractionReason })
      .from(articles)
      .innerJoin(articleVersions, latestVersionJoin)
      .where(
        and(
          isNotNull(articles.retractedAt),
          exists(ctx.db.select({ one: sql`1` }).from(anyVersion).where(and(eq(anyVersion.articleId, articles.id), versionHasClaim(query.data.claimId, anyVersion)))),
        ),
      );
    if (!found?.retractedAt) return null;
    return { kind: "retracted", slug: found.slug, title: found.title, language: found.language ?? null, version: found.version, retractedAt: found.retractedAt, reason: found.reason ?? "" };
  },
);
