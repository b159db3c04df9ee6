import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reader.corrections");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export default async function CorrectionsPage({ searchParams }: Props) {
  cacheForReaders([FEED_KEY]);
  const query = pageParam((await searchParams).page);
  // A page number that is not one (?page=abc) is not found, like any unknown address.
  const [corrections, organisation, t] = await Promise.all([
    forPage(getReaderContext().then((ctx) => listCorrections(ctx, query))),
    loadOrganisation(),
    getTranslations("reader.corrections"),
  ]);
  return (
    <section aria-labelledby="corrections-heading" className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <h1 id="corrections-heading" className="text-2xl font-semibold">
          {t("title")}
        </h1>
        <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>
      </header>
      {organisation.correctionsPolicy ? (
        <section aria-labelledby="corrections-policy-heading" className="flex flex-col gap-2 rounded-lg border border-stone-200 p-4 dark:border-stone-700">
          <h2 id="corrections-policy-heading" className="text-lg font-semibold">
            {t("policyHeading")}
          </h2>
          <MarkdownText text={organisation.correctionsPolicy} />
        </section>
      ) : null}
      {corrections.total === 0 ? (
        <p>{t("none")}</p>
      ) : corrections.items.length === 0 ? (
        <p>{t("emptyPage")}</p>
      ) : (
        <CorrectionList corrections={corrections.items} />
      )}
      <Pagination dark label={t("pages")} page={corrections.page} pageCount={corrections.pageCount} href={(page) => `/corrections?page=${page}`} />
    </section>
  );
}
