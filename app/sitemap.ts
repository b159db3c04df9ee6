import type { MetadataRoute } from "next";
import { getReaderContext } from "@/lib/core/database";
import { cacheForReaders } from "@/lib/core/requestState";
import { listPublishedArticles } from "@/lib/services/publishing/listPublishedArticles";
import { siteOrigin } from "@/lib/web/siteOrigin";

// Read from the database per request, never at build time.
export const dynamic = "force-dynamic";

/** The home page, the about page and every published fact-check that is not retracted. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [{ origin, trusted }, articles] = await Promise.all([siteOrigin(), getReaderContext().then((ctx) => listPublishedArticles(ctx, { limit: 200 }))]);
  if (trusted) cacheForReaders();
  return [
    { url: `${origin}/`, changeFrequency: "daily" },
    { url: `${origin}/about`, changeFrequency: "monthly" },
    ...articles.map((article) => ({ url: `${origin}/articles/${article.slug}`, lastModified: article.publishedAt })),
  ];
}
