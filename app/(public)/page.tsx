import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/desk/lists/Pagination";
import { readerDay } from "@/components/reader/readerDate";
import { VerdictBadges } from "@/components/reader/VerdictBadges";
import { getReaderContext } from "@/lib/core/database";
import { cacheForReaders } from "@/lib/core/requestState";
import { HOME_KEY } from "@/lib/domain/surrogateKeys";
import { listPublishedPage } from "@/lib/services/publishing/listPublishedPage";
import { firstParam, pageParam } from "@/lib/web/addressParams";
import { forPage } from "@/lib/web/pageAccess";
import { homeMetadata } from "@/lib/web/siteMetadata";
import { loadOrganisation } from "./loadOrganisation";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = Number(firstParam((await searchParams).page) || 1);
  return homeMetadata(await loadOrganisation(), Number.isSafeInteger(page) && page > 1 ? page : 1);
}

export default async function HomePage({ searchParams }: Props) {
  cacheForReaders([HOME_KEY]);
  const query = pageParam((await searchParams).page);
  const list = await forPage(getReaderContext().then((ctx) => listPublishedPage(ctx, query)));
  const link = "text-blue-800 underline-offset-2 hover:underline dark:text-blue-200";
  return (
    <section aria-labelledby="published-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 id="published-heading" className="text-2xl font-semibold">
          Fact-checked articles
        </h1>
        <p className="flex gap-4 text-sm">
          <Link href="/search" className={link}>
            Search the fact-checks
          </Link>
          <Link href="/corrections" className={link}>
            Corrections
          </Link>
        </p>
      </div>
      {list.total === 0 ? (
        <p className="text-stone-700 dark:text-stone-300">Nothing has been published yet. Check back soon.</p>
      ) : list.items.length === 0 ? (
        <p className="text-stone-700 dark:text-stone-300">There are fewer fact-checks than that: this page is empty.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {list.items.map((article) => (
            <li key={article.slug} className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
              <h2 className="text-lg font-medium">
                <Link href={`/articles/${article.slug}`} className="break-words text-blue-900 underline-offset-2 hover:underline dark:text-blue-200">
                  {article.title}
                </Link>
              </h2>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {article.sourceOutlet ? `Originally published by ${article.sourceOutlet} · ` : ""}
                {article.claimCount} {article.claimCount === 1 ? "claim" : "claims"} checked · version {article.number},{" "}
                <time dateTime={article.publishedAt.toISOString()}>{readerDay(article.publishedAt)}</time>
              </p>
              <VerdictBadges verdicts={article.verdicts} label={`Verdicts in “${article.title}”`} />
            </li>
          ))}
        </ul>
      )}
      <Pagination dark label="Pages of fact-checks" page={list.page} pageCount={list.pageCount} href={(page) => (page === 1 ? "/" : `/?page=${page}`)} />
    </section>
  );
}
