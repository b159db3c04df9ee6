import type { Metadata } from "next";
import { CorrectionList } from "@/components/reader/CorrectionList";
import { MarkdownText } from "@/components/reader/MarkdownText";
import { Pagination } from "@/components/desk/lists/Pagination";
import { getReaderContext } from "@/lib/core/database";
import { cacheForReaders } from "@/lib/core/requestState";
import { FEED_KEY } from "@/lib/domain/surrogateKeys";
import { listCorrections } from "@/lib/services/publishing/listCorrections";
import { pageParam } from "@/lib/web/addressParams";
import { forPage } from "@/lib/web/pageAccess";
import { loadOrganisation } from "../loadOrganisation";

export const metadata: Metadata = { title: "Corrections" };

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export default async function CorrectionsPage({ searchParams }: Props) {
  cacheForReaders([FEED_KEY]);
  const query = pageParam((await searchParams).page);
  // A page number that is not one (?page=abc) is not found, like any unknown address.
  const [corrections, organisation] = await Promise.all([forPage(getReaderContext().then((ctx) => listCorrections(ctx, query))), loadOrganisation()]);
  return (
    <section aria-labelledby="corrections-heading" className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <h1 id="corrections-heading" className="text-2xl font-semibold">
          Corrections
        </h1>
        <p className="text-stone-700 dark:text-stone-300">When we get something wrong in a fact-check, we correct it in a new version and list it here, newest first. When we
          withdraw a fact-check, its retraction is listed here too, with our reason.</p>
      </header>
      {organisation.correctionsPolicy ? (
        <section aria-labelledby="corrections-policy-heading" className="flex flex-col gap-2 rounded-lg border border-stone-200 p-4 dark:border-stone-700">
          <h2 id="corrections-policy-heading" className="text-lg font-semibold">
            Our corrections policy
          </h2>
          <MarkdownText text={organisation.correctionsPolicy} />
        </section>
      ) : null}
      {corrections.total === 0 ? (
        <p>No corrections yet. When we correct or retract a published fact-check, it will appear here with a note on what we changed and why.</p>
      ) : corrections.items.length === 0 ? (
        <p>There are fewer corrections than that: this page is empty.</p>
      ) : (
        <CorrectionList corrections={corrections.items} />
      )}
      <Pagination dark label="Pages of corrections" page={corrections.page} pageCount={corrections.pageCount} href={(page) => `/corrections?page=${page}`} />
    </section>
  );
}
