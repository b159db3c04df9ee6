import { count, isNull } from "drizzle-orm";
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
 * counts; retracted ones left out. Public: it reads only the latest published versions.
 */
export const listPublishedPage = defineVerb(
  {
    name: "listPublishedPage",
    permission: "public",
    input: pageQuery,
    audit: [],
    reads: "published",
  },
  async (ctx, { page }): Promise<PageOf<PublishedArticleSummary>> => {
    const [items, [total]] = await Promise.all([
      publishedSummaries(ctx.db, { limit: FACT_CHECKS_PER_PAGE, offset: (page - 1) * FACT_CHECKS_PER_PAGE }),
      ctx.db.select({ n: count() }).from(articles).innerJoin(articleVersions, latestLiveVersion).where(isNull(articles.retractedAt)),
    ]);
    return pageOf(items, page, total?.n ?? 0, FACT_CHECKS_PER_PAGE);
  },
);
