import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ArticleSearchHit, ClaimSearchHit, DeskSearchResult } from "@/lib/services/search/searchDto";
import { useStatusLabels } from "../lists/statusLabels";
import { STATUS_STYLE } from "../workspace/claimStatus";
import { MarkedExcerpts, MarkedText } from "./MarkedText";
import { SearchHelp } from "./SearchHelp";

/**
 * What a desk search found: articles, then claims, each with how many matched and the matching words marked; `notice`
 * is the result's notice in the reader's words.
 */
export function SearchResults({ result, notice }: { result: DeskSearchResult; notice: string | null }) {
  const t = useTranslations("desk.searchResults");
  const { articles, claims } = result;
  if (notice || (articles.total === 0 && claims.total === 0)) {
    return (
      <div className="flex flex-col gap-4">
        <p role="status" className="font-medium">
          {notice ?? t("nothing", { query: result.query })}
        </p>
        <SearchHelp />
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <p role="status" className="text-sm text-stone-700">
        {t("found", { articles: articles.total, claims: claims.total, query: result.query })}
      </p>
      <section aria-labelledby="article-results" className="flex flex-col gap-2">
        <ResultsHeading id="article-results" label={t("articles")} total={articles.total} shown={articles.hits.length} />
        {articles.hits.length ? (
          <ol className="flex flex-col divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {articles.hits.map((hit) => (
              <ArticleResult key={hit.id} hit={hit} />
            ))}
          </ol>
        ) : (
          <p className="text-sm text-stone-700">{t("noArticle")}</p>
        )}
      </section>
      <section aria-labelledby="claim-results" className="flex flex-col gap-2">
        <ResultsHeading id="claim-results" label={t("claims")} total={claims.total} shown={claims.hits.length} />
        {claims.hits.length ? (
          <ol className="flex flex-col divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {claims.hits.map((hit) => (
              <ClaimResult key={hit.id} hit={hit} />
            ))}
          </ol>
        ) : (
          <p className="text-sm text-stone-700">{t("noClaim")}</p>
        )}
      </section>
    </div>
  );
}

function ResultsHeading({ id, label, total, shown }: { id: string; label: string; total: number; shown: number }) {
  const t = useTranslations("desk.searchResults");
  return (
    <div className="flex flex-wrap items-baseline gap-x-3">
      <h2 id={id} className="text-lg font-semibold">
        {label} <span className="font-normal text-stone-600">{t("total", { total })}</span>
      </h2>
      {total > shown ? <p className="text-sm text-stone-600">{t("best", { shown })}</p> : null}
    </div>
  );
}

function ArticleResult({ hit }: { hit: ArticleSearchHit }) {
  const t = useTranslations("desk.searchResults");
  return (
    <li className="flex flex-col gap-1 px-4 py-3">
      <Link prefetch={false} href={`/desk/articles/${hit.id}`} className="font-medium text-blue-900 underline-offset-2 hover:underline">
        <MarkedText runs={hit.title} />
      </Link>
      <p className="text-xs text-stone-600">
        {hit.sourceOutlet ? `${hit.sourceOutlet} · ` : ""}
        {hit.publishedVersion ? t("published", { version: hit.publishedVersion }) : t("draft")}
      </p>
      {hit.excerpts.length ? (
        <p className="text-sm text-stone-800">
          <MarkedExcerpts excerpts={hit.excerpts} />
        </p>
      ) : hit.textMatchedWithoutExcerpt ? (
        <p className="text-sm text-stone-600">{t("textMatches")}</p>
      ) : null}
    </li>
  );
}

function ClaimResult({ hit }: { hit: ClaimSearchHit }) {
  const t = useTranslations("desk.searchResults");
  const labels = useStatusLabels();
  return (
    <li className="flex flex-col gap-1 px-4 py-3">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <Link prefetch={false} href={`/desk/articles/${hit.articleId}#claim-${hit.id}`} className="font-medium text-blue-900 underline-offset-2 hover:underline">
          {t("claimIn", { number: hit.number, title: hit.articleTitle })}
        </Link>
        <span className="inline-flex items-center gap-1 text-xs text-stone-700">
          <span aria-hidden className={`size-2 rounded-full ${STATUS_STYLE[hit.status].swatch}`} />
          {labels[hit.status]}
        </span>
      </p>
      <p className="text-sm text-stone-900">
        <MarkedText runs={hit.statement} />
        {hit.claimant.length ? (
          <span className="text-stone-700">
            {" "}
            {t.rich("claimant", { name: () => <MarkedText runs={hit.claimant} /> })}
          </span>
        ) : null}
      </p>
      {hit.quote ? (
        <p className="text-sm text-stone-700">
          <span className="font-medium">{t("inText")}</span> <MarkedExcerpts excerpts={hit.quote} />
        </p>
      ) : null}
      {hit.explanation ? (
        <p className="text-sm text-stone-700">
          <span className="font-medium">{t("explanation")}</span> <MarkedExcerpts excerpts={hit.explanation} />
        </p>
      ) : null}
    </li>
  );
}
