import { count, isNotNull, isNull } from "drizzle-orm";
import { z } from "zod";
import { articles, articleVersions } from "@/db/schema";
import { defineVerb } from "../verb";
import type { PublishedArticleSummary } from "./publishedDto";
import { latestLiveVersion, publishedSummaries } from "./publishedSummaries";
import { pageField, pageOf } from "./publicPaging";
import type { PageOf } from "./versionsDto";
import { FACT_CHECKS_PER_PAGE } from "@/lib/domain/limits";

const pageQuery = z.strictObject({ page: pageField }).default({ page: 1 });

/**
 * One page of the published fact-checks for the home page, most recently published first, each with its verdict
 * counts; retracted ones left out, and counted (`retracted`) when none is live, so an empty page never says nothing was
 * ever published.
 * Public: it reads only the latest published versions and whether an article is retracted.
 */
export const listPublishedPage = defineVerb(
  {
    name: "listPublishedPage",
    permission: "public",
    input: pageQuery,
    audit: [],
    reads: "published",
  },
  async (ctx, { page }): Promise<PageOf<PublishedArticleSummary> & { retracted: number }> => {
    const [items, [total]] = await Promise.all([
      publishedSummaries(ctx.db, { limit: FACT_CHECKS_PER_PAGE, offset: (page - 1) * FACT_CHECKS_PER_PAGE }),
      ctx.db.select({ n: count() }).from(articles).innerJoin(articleVersions, latestLiveVersion).where(isNull(articles.retractedAt)),
    ]);
    const live = total?.n ?? 0;
    // Only an empty home page says whether anything was ever published.
    const [retracted] = live === 0 ? await ctx.db.select({ n: count() }).from(articles).where(isNotNull(articles.retractedAt)) : [];
    return { ...pageOf(items, page, live, FACT_CHECKS_PER_PAGE), retracted: retracted?.n ?? 0 };
  },
);
