import { desc } from "drizzle-orm";
import { z } from "zod";
import { articles, articleVersions } from "@/db/schema";
import { SITEMAP_ARTICLES } from "@/lib/domain/limits";
import { defineVerb } from "../verb";
import { latestVersionJoin, notRetracted } from "./publicQuery";

/**
 * Every published fact-check that is not retracted (up to the sitemap protocol's 50,000 addresses a file), most
 * recently published first: its address and when its current version was published. Public: reads only published
 * versions, and of them only the slug and the date.
 */
export const listSitemapArticles = defineVerb(
  {
    name: "listSitemapArticles",
    permission: "public",
    input: z.void(),
    audit: [],
    reads: "published",
  },
  async (ctx): Promise<{ slug: string; publishedAt: Date }[]> => {
    return ctx.db
      .select({ slug: articles.slug, publishedAt: articleVersions.publishedAt })
      .from(articles)
      .innerJoin(articleVersions, latestVersionJoin)
      .where(notRetracted)
      .orderBy(desc(articleVersions.publishedAt), desc(articles.id))
      .limit(SITEMAP_ARTICLES);
  },
);
