import type { Metadata } from "next";
import { PublicSearchForm } from "@/components/reader/PublicSearchForm";
import { PublicSearchResults } from "@/components/reader/PublicSearchResults";
import { getReaderContext } from "@/lib/core/database";
import { cacheForReaders } from "@/lib/core/requestState";
import { HOME_KEY, SCALE_KEY } from "@/lib/domain/surrogateKeys";
import { searchPublished } from "@/lib/services/publishing/searchPublished";
import { firstParam } from "@/lib/web/addressParams";
import { forPage } from "@/lib/web/pageAccess";

type Props = { searchParams: Promise<{ q?: string | string[]; verdict?: string | string[] }> };

async function queryOf(searchParams: Props["searchParams"]) {
  const { q, verdict } = await searchParams;
  return { q: firstParam(q), verdict: firstParam(verdict) };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = await queryOf(searchParams);
  return { title: q.trim() ? `Search: ${q.trim().slice(0, 60)}` : "Search fact-checks" };
}

export default async function PublicSearchPage({ searchParams }: Props) {
  cacheForReaders([HOME_KEY, SCALE_KEY]);
  const input = await queryOf(searchParams);
  const result = await forPage(getReaderContext().then((ctx) => searchPublished(ctx, input)));
  return (
    <section aria-labelledby="search-heading" className="flex flex-col gap-5">
      <h1 id="search-heading" className="text-2xl font-semibold">
        Search fact-checks
      </h1>
      <PublicSearchForm query={result.query || input.q} verdict={result.verdict} verdictOptions={result.verdictOptions} />
      {result.notice ? <p role="status">{result.notice}</p> : <PublicSearchResults result={result} />}
    </section>
  );
}
