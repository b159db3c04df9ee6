import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Pagination } from "@/components/desk/lists/Pagination";
import { timeValues } from "@/components/reader/ReaderDate";
import { VerdictBadges } from "@/components/reader/VerdictBadges";
import { getReaderContext } from "@/lib/core/database";
import { cacheForReaders } from "@/lib/core/requestState";
import { writtenDay } from "@/lib/domain/interfaceLocales";
import { languageAttributes } from "@/lib/domain/languages";
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
  const [list, t, locale] = await Promise.all([forPage(getReaderContext().then((ctx) => listPublishedPage(ctx, query))), getTranslations("reader.home"), getLocale()]);
  const link = "text-blue-800 underline-offset-2 hover:underline dark:text-blue-200";
  return (
    <section aria-labelledby="published-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 id="published-heading" className="text-2xl font-semibold">
          {t("heading")}
        </h1>
        <p className="flex gap-4 text-sm">
          <Link href="/search" className={link}>
            {t("search")}
          </Link>
          <Link href="/corrections" className={link}>
            {t("corrections")}
          </Link>
        </p>
      </div>
      {list.total === 0 && list.retracted > 0 ? (
        <p className="text-stone-700 dark:text-stone-300">
          {t.rich("allRetracted", { corrections: (words) => <Link href="/corrections" className={link}>{words}</Link> })}
        </p>
      ) : list.total === 0 ? (
        <p className="text-stone-700 dark:text-stone-300">{t("nothingYet")}</p>
      ) : list.items.length === 0 ? (
        <p className="text-stone-700 dark:text-stone-300">{t("emptyPage")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {list.items.map((article) => (
            <li key={article.slug} className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
              <h2 className="text-lg font-medium" {...languageAttributes(article.language)}>
                <Link href={`/articles/${article.slug}`} className="break-words text-blue-900 underline-offset-2 hover:underline dark:text-blue-200">
                  {article.title}
                </Link>
              </h2>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {article.sourceOutlet ? `${t("originallyPublishedBy", { outlet: article.sourceOutlet })} · ` : ""}
                {t.rich("line", { count: article.claimCount, number: article.number, ...timeValues(article.publishedAt, writtenDay(article.publishedAt, locale)) })}
              </p>
              <VerdictBadges verdicts={article.verdicts} label={t("verdictsIn", { title: article.title })} />
            </li>
          ))}
        </ul>
      )}
      <Pagination dark label={t("pages")} page={list.page} pageCount={list.pageCount} href={(page) => (page === 1 ? "/" : `/?page=${page}`)} />
    </section>
  );
}
