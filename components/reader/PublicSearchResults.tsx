import { useTranslations } from "next-intl";
import Link from "next/link";
import { languageAttributes } from "@/lib/domain/languages";
import type { PublicSearchResult } from "@/lib/services/publishing/publicSearchDto";
import { timeValues, useReaderDay } from "./ReaderDate";
import { VerdictBadge } from "./VerdictBadge";
import { writtenIn } from "./WrittenIn";
import { wordsLanguageAttributes } from "@/lib/domain/articleLanguage";

const link = "text-blue-800 underline-offset-2 hover:underline dark:text-blue-200";

/** What a reader's search found: claims (linked to their place in the article), then articles. */
export function PublicSearchResults({ result }: { result: PublicSearchResult }) {
  const t = useTranslations("reader.searchResults");
  const day = useReaderDay();
  const { claims, articles } = result;
  const { query, verdict } = result;
  const searched = query && verdict ? t("searchedBoth", { query, verdict }) : query ? t("searchedWords", { query }) : verdict ? t("searchedVerdict", { verdict }) : "";
  if (!claims.total && !articles.total) {
    return <p role="status">{t(verdict ? "noMatchWithVerdict" : "noMatch", { searched })}</p>;
  }
  return (
    <div className="flex flex-col gap-6">
      <p role="status" className="text-sm text-stone-700 dark:text-stone-300">
        {t("matches", { claims: claims.total, articles: articles.total, searched })}
      </p>
      {claims.total ? (
        <section aria-labelledby="claim-results" className="flex flex-col gap-3">
          <h2 id="claim-results" className="text-xl font-semibold">
            {t("claimsHeading")}
          </h2>
          {claims.total > claims.hits.length ? <p className="text-sm">{t("showingBest", { count: claims.hits.length })}</p> : null}
          <ol className="flex flex-col gap-3">
            {claims.hits.map((hit) => (
              <li key={`${hit.slug}-${hit.anchor}`} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
                <VerdictBadge label={hit.verdict.label} colour={hit.verdict.colour} lang={hit.verdict.language} />
                <p className="mt-2 font-medium" {...wordsLanguageAttributes(hit.statement)}>
                  <Link href={`/articles/${hit.slug}#${hit.anchor}`} className={link}>
                    {hit.statement}
                  </Link>
                </p>
                {hit.claimant ? <p className="text-sm text-stone-600 dark:text-stone-400">{t("claimedBy", { claimant: hit.claimant })}</p> : null}
                <p className="text-sm text-stone-600 dark:text-stone-400">
                  {t.rich("claimIn", { title: hit.articleTitle, written: writtenIn(hit.language), ...timeValues(hit.publishedAt, day(hit.publishedAt)) })}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {articles.total ? (
        <section aria-labelledby="article-results" className="flex flex-col gap-3">
          <h2 id="article-results" className="text-xl font-semibold">
            {t("articlesHeading")}
          </h2>
          <ol className="flex flex-col gap-3">
            {articles.hits.map((hit) => (
              <li key={hit.slug} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
                <Link href={`/articles/${hit.slug}`} className={`${link} text-lg font-medium`} {...languageAttributes(hit.language)}>
                  {hit.title}
                </Link>
                <p className="text-sm text-stone-600 dark:text-stone-400">
                  {t.rich("articleLine", { count: hit.claimCount, number: hit.number, ...timeValues(hit.publishedAt, day(hit.publishedAt)) })}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
