import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PublicSearchForm } from "@/components/reader/PublicSearchForm";
import { PublicSearchResults } from "@/components/reader/PublicSearchResults";
import { getReaderContext } from "@/lib/core/database";
import { cacheForReaders } from "@/lib/core/requestState";
import { HOME_KEY, SCALE_KEY } from "@/lib/domain/surrogateKeys";
import { searchPublished } from "@/lib/services/publishing/searchPublished";
import { firstParam } from "@/lib/web/addressParams";
import { errorLanguage } from "@/lib/web/errorLanguage";
import { sayIn } from "@/lib/web/errorWording";
import { forPage } from "@/lib/web/pageAccess";

type Props = { searchParams: Promise<{ q?: string | string[]; verdict?: string | string[] }> };

async function queryOf(searchParams: Props["searchParams"]) {
  const { q, verdict } = await searchParams;
  return { q: firstParam(q), verdict: firstParam(verdict) };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [{ q }, t] = await Promise.all([queryOf(searchParams), getTranslations("reader.search")]);
  return { title: q.trim() ? t("titleWithQuery", { query: q.trim().slice(0, 60) }) : t("title") };
}

export default async function PublicSearchPage({ searchParams }: Props) {
  cacheForReaders([HOME_KEY, SCALE_KEY]);
  const input = await queryOf(searchParams);
  const [result, t, language] = await Promise.all([
    forPage(getReaderContext().then((ctx) => searchPublished(ctx, input))),
    getTranslations("reader.search"),
    errorLanguage(),
  ]);
  return (
    <section aria-labelledby="search-heading" className="flex flex-col gap-5">
      <h1 id="search-heading" className="text-2xl font-semibold">
        {t("title")}
      </h1>
      <PublicSearchForm query={result.query || input.q} verdict={result.verdict} verdictOptions={result.verdictOptions} />
      {result.notice ? <p role="status">{sayIn(language, result.notice)}</p> : <PublicSearchResults result={result} />}
    </section>
  );
}
