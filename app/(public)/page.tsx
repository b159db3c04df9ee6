import Link from "next/link";
import { getReaderContext } from "@/lib/core/database";
import { cacheForReaders } from "@/lib/core/requestState";
import { listPublishedArticles } from "@/lib/services/publishing/listPublishedArticles";
import { forPage } from "@/lib/web/pageAccess";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const articles = await forPage(getReaderContext().then((ctx) => listPublishedArticles(ctx)));
  cacheForReaders();
  return (
    <section aria-labelledby="published-heading" className="flex flex-col gap-4">
      <h1 id="published-heading" className="text-2xl font-semibold">
        Fact-checked articles
      </h1>
      {articles.length === 0 ? (
        <p className="text-stone-700 dark:text-stone-300">Nothing has been published yet. Check back soon.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {articles.map((article) => (
            <li key={article.slug} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
              <h2 className="text-lg font-medium">
                <Link href={`/articles/${article.slug}`} className="break-words text-blue-900 underline-offset-2 hover:underline dark:text-blue-200">
                  {article.title}
                </Link>
              </h2>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {article.sourceOutlet ? `Originally published by ${article.sourceOutlet} · ` : ""}
                {article.claimCount} {article.claimCount === 1 ? "claim" : "claims"} checked · version {article.number},{" "}
                <time dateTime={article.publishedAt.toISOString()}>{article.publishedAt.toISOString().slice(0, 10)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
