import type { MetadataRoute } from "next";
import { getReaderContext } from "@/lib/core/database";
import { cacheForReaders } from "@/lib/core/requestState";
import { HOME_KEY } from "@/lib/domain/surrogateKeys";
import { listSitemapArticles } from "@/lib/services/publishing/listSitemapArticles";
import { siteUrl } from "@/lib/web/siteUrl";

// Read from the database per request, never at build time.
export const dynamic = "force-dynamic";

/** The home page, the about page and every published fact-check that is not retracted. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const articles = await listSitemapArticles(await getReaderContext());
  // Its addresses come from the configuration (siteUrl), never from the request: the same answer for every reader.
  cacheForReaders([HOME_KEY]);
  const origin = siteUrl();
  return [
    { url: `${origin}/`, changeFrequency: "daily" },
    { url: `${origin}/about`, changeFrequency: "monthly" },
    ...articles.map((article) => ({ url: `${origin}/articles/${article.slug}`, lastModified: article.publishedAt })),
  ];
}
