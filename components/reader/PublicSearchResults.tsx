import Link from "next/link";
import type { PublicSearchResult } from "@/lib/services/publishing/publicSearchDto";
import { readerDay } from "./readerDate";
import { VerdictBadge } from "./VerdictBadge";

const link = "text-blue-800 underline-offset-2 hover:underline dark:text-blue-200";

/** What a reader's search found: claims (linked to their place in the article), then articles. */
export function PublicSearchResults({ result }: { result: PublicSearchResult }) {
  const { claims, articles } = result;
  const searched = [result.query ? `“${result.query}”` : null, result.verdict ? `rated ${result.verdict}` : null].filter(Boolean).join(", ");
  if (!claims.total && !articles.total) {
    return (
      <p role="status">
        No published fact-check matches {searched}. Try other words{result.verdict ? " or any verdict" : ""}.
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <p role="status" className="text-sm text-stone-700 dark:text-stone-300">
        {plural(claims.total, "claim")} and {plural(articles.total, "article")} match {searched}.
      </p>
      {claims.total ? (
        <section aria-labelledby="claim-results" className="flex flex-col gap-3">
          <h2 id="claim-results" className="text-xl font-semibold">
            Claims
          </h2>
          {claims.total > claims.hits.length ? <p className="text-sm">Showing the best {claims.hits.length}.</p> : null}
          <ol className="flex flex-col gap-3">
            {claims.hits.map((hit) => (
              <li key={`${hit.slug}-${hit.anchor}`} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
                <VerdictBadge label={hit.verdict.label} colour={hit.verdict.colour} />
                <p className="mt-2 font-medium">
                  <Link href={`/articles/${hit.slug}#${hit.anchor}`} className={link}>
                    {hit.statement}
                  </Link>
                </p>
                {hit.claimant ? <p className="text-sm text-stone-600 dark:text-stone-400">Claimed by {hit.claimant}</p> : null}
                <p className="text-sm text-stone-600 dark:text-stone-400">
                  In “{hit.articleTitle}”, checked <time dateTime={hit.publishedAt.toISOString()}>{readerDay(hit.publishedAt)}</time>
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {articles.total ? (
        <section aria-labelledby="article-results" className="flex flex-col gap-3">
          <h2 id="article-results" className="text-xl font-semibold">
            Articles
          </h2>
          <ol className="flex flex-col gap-3">
            {articles.hits.map((hit) => (
              <li key={hit.slug} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
                <Link href={`/articles/${hit.slug}`} className={`${link} text-lg font-medium`}>
                  {hit.title}
                </Link>
                <p className="text-sm text-stone-600 dark:text-stone-400">
                  {plural(hit.claimCount, "claim")} checked · version {hit.number},{" "}
                  <time dateTime={hit.publishedAt.toISOString()}>{readerDay(hit.publishedAt)}</time>
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

function plural(n: number, word: string) {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}
