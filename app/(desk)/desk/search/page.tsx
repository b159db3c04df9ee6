import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/desk/search/SearchForm";
import { SearchHelp } from "@/components/desk/search/SearchHelp";
import { SearchResults } from "@/components/desk/search/SearchResults";
import { getServiceContext } from "@/lib/auth";
import { searchDesk } from "@/lib/services/search/searchDesk";
import { errorLanguage } from "@/lib/web/errorLanguage";
import { sayIn } from "@/lib/web/errorWording";
import { withFilterErrors } from "@/lib/web/filterOutcome";
import { requirePageActor } from "@/lib/web/pageAccess";

type Props = { searchParams: Promise<{ q?: string | string[] }> };

/** The query in the address (the first, if it is given twice); undefined before any search. */
async function queryOf(searchParams: Props["searchParams"]): Promise<string | undefined> {
  const { q } = await searchParams;
  return Array.isArray(q) ? q[0] : q;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = (await queryOf(searchParams))?.trim();
  const t = await getTranslations("desk.search");
  return { title: query ? t("titleFor", { query: query.slice(0, 60) }) : t("title") };
}

export default async function SearchPage({ searchParams }: Props) {
  const query = await queryOf(searchParams);
  const path = query === undefined ? "/desk/search" : `/desk/search?q=${encodeURIComponent(query)}`;
  await requirePageActor(path);
  const t = await getTranslations("desk.search");
  // A query that cannot be searched for is answered beside the box, not with an error page.
  const outcome = query === undefined ? null : await withFilterErrors(getServiceContext().then((ctx) => searchDesk(ctx, { q: query })), path);
  const result = outcome?.ok ? outcome.data : null;
  const language = await errorLanguage();
  return (
    <section aria-labelledby="search-heading" className="flex flex-col gap-5">
      <h1 id="search-heading" className="text-2xl font-semibold">
        {t("heading")}
      </h1>
      <SearchForm query={result?.query ?? query ?? ""} error={outcome && !outcome.ok ? outcome.error : null} labelledBy="search-heading" />
      {result ? <SearchResults result={result} notice={result.notice && sayIn(language, result.notice)} /> : <SearchHelp />}
    </section>
  );
}
