import type { Metadata } from "next";
import { CorrectionList } from "@/components/reader/CorrectionList";
import { Pagination } from "@/components/desk/lists/Pagination";
import { getReaderContext } from "@/lib/core/database";
import { cacheForReaders } from "@/lib/core/requestState";
import { listCorrections } from "@/lib/services/publishing/listCorrections";
import { pageParam } from "@/lib/web/addressParams";
import { forPage } from "@/lib/web/pageAccess";

export const metadata: Metadata = { title: "Corrections" };

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export default async function CorrectionsPage({ searchParams }: Props) {
  cacheForReaders();
  const query = pageParam((await searchParams).page);
  // A page number that is not one (?page=abc) is not found, like any unknown address.
  const corrections = await forPage(getReaderContext().then((ctx) => listCorrections(ctx, query)));
  return (
    <section aria-labelledby="corrections-heading" className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <h1 id="corrections-heading" className="text-2xl font-semibold">
          Corrections
        </h1>
        <p className="text-stone-700 dark:text-stone-300">When we get something wrong in a fact-check, we correct it in a new version and list it here, newest first.</p>
      </header>
      {corrections.total === 0 ? (
        <p>No corrections yet. When we correct a published fact-check, the correction will appear here with a note on what we changed.</p>
      ) : corrections.items.length === 0 ? (
        <p>There are fewer corrections than that: this page is empty.</p>
      ) : (
        <CorrectionList corrections={corrections.items} />
      )}
      <Pagination dark label="Pages of corrections" page={corrections.page} pageCount={corrections.pageCount} href={(page) => `/corrections?page=${page}`} />
    </section>
  );
}
