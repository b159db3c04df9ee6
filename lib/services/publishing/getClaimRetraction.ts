import { and, isNotNull, sql } from "drizzle-orm";
import { z } from "zod";
import { articles, articleVersions } from "@/db/schema";
import { safeParsed } from "../validation";
import { defineVerb } from "../verb";
import { versionLanguage } from "./publicArticle";
import { latestVersionJoin } from "./publicQuery";
import type { RetractedArticleDto } from "./publishedDto";

const claimQuery = z.strictObject({ claimId: z.uuid() });

/**
 * When a claim's fact-check was retracted, and why: for embeds of the claim, which must say so rather than vanish.
 * Null for a claim of a fact-check that is not retracted (or none). Public: it tells only what the retraction notice
 * tells, nothing of the claim.
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
      .select({ slug: articles.slug, title: articleVersions.title, language: versionLanguage, retractedAt: articles.retractedAt, reason: articles.retractionReason })
      .from(articles)
      .innerJoin(articleVersions, latestVersionJoin)
      .where(and(isNotNull(articles.retractedAt), sql`${articleVersions.snapshot}->'claims' @> ${JSON.stringify([{ id: query.data.claimId }])}::jsonb`));
    if (!found?.retractedAt) return null;
    return { kind: "retracted", slug: found.slug, title: found.title, language: found.language ?? null, retractedAt: found.retractedAt, reason: found.reason ?? "" };
  },
);
