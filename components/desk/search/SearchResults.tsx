import Link from "next/link";
import type { ArticleSearchHit, ClaimSearchHit, DeskSearchResult } from "@/lib/services/search/searchDto";
import { STATUS_LABEL, STATUS_STYLE } from "../workspace/claimStatus";
import { MarkedExcerpts, MarkedText } from "./MarkedText";
import { SearchHelp } from "./SearchHelp";

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** What a desk search found: articles, then claims, each with how many matched and the matching words marked. */
export function SearchResults({ result }: { result: DeskSearchResult }) {
  const { articles, claims } = result;
  if (result.notice || (articles.total === 0 && claims.total === 0)) {
    return (
      <div className="flex flex-col gap-4">
        <p role="status" className="font-medium">
          {result.notice ?? `Nothing on the desk matches “${result.query}”.`}
        </p>
        <SearchHelp />
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <p role="status" className="text-sm text-stone-700">
        {plural(articles.total, "article", "articles")} and {plural(claims.total, "claim", "claims")} match “{result.query}”.
      </p>
      <section aria-labelledby="article-results" className="flex flex-col gap-2">
        <ResultsHeading id="article-results" label="Articles" total={articles.total} shown={articles.hits.length} />
        {articles.hits.length ? (
          <ol className="flex flex-col divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {articles.hits.map((hit) => (
              <ArticleResult key={hit.id} hit={hit} />
            ))}
          </ol>
        ) : (
          <p className="text-sm text-stone-700">No article matches.</p>
        )}
      </section>
      <section aria-labelledby="claim-results" className="flex flex-col gap-2">
        <ResultsHeading id="claim-results" label="Claims" total={claims.total} shown={claims.hits.length} />
        {claims.hits.length ? (
          <ol className="flex flex-col divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {claims.hits.map((hit) => (
              <ClaimResult key={hit.id} hit={hit} />
            ))}
          </ol>
        ) : (
          <p className="text-sm text-stone-700">No claim matches.</p>
        )}
      </section>
    </div>
  );
}

function ResultsHeading({ id, label, total, shown }: { id: string; label: string; total: number; shown: number }) {
  return (
    <div className="flex flex-wrap items-baseline gap-x-3">
      <h2 id={id} className="text-lg font-semibold">
        {label} <span className="font-normal text-stone-600">({total.toLocaleString("en")})</span>
      </h2>
      {total > shown ? <p className="text-sm text-stone-600">The best {shown} are shown; add a word to narrow the search.</p> : null}
    </div>
  );
}

function ArticleResult({ hit }: { hit: ArticleSearchHit }) {
  return (
    <li className="flex flex-col gap-1 px-4 py-3">
      <Link prefetch={false} href={`/desk/articles/${hit.id}`} className="font-medium text-blue-900 underline-offset-2 hover:underline">
        <MarkedText runs={hit.title} />
      </Link>
      <p className="text-xs text-stone-600">
        {hit.sourceOutlet ? `${hit.sourceOutlet} · ` : ""}
        {hit.publishedVersion ? `Published, version ${hit.publishedVersion}` : "Draft"}
      </p>
      {hit.excerpts.length ? (
        <p className="text-sm text-stone-800">
          <MarkedExcerpts excerpts={hit.excerpts} />
        </p>
      ) : hit.textMatchedWithoutExcerpt ? (
        <p className="text-sm text-stone-600">Its text matches too.</p>
      ) : null}
    </li>
  );
}

function ClaimResult({ hit }: { hit: ClaimSearchHit }) {
  return (
    <li className="flex flex-col gap-1 px-4 py-3">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <Link prefetch={false} href={`/desk/articles/${hit.articleId}#claim-${hit.id}`} className="font-medium text-blue-900 underline-offset-2 hover:underline">
          Claim #{hit.number} in “{hit.articleTitle}”
        </Link>
        <span className="inline-flex items-center gap-1 text-xs text-stone-700">
          <span aria-hidden className={`size-2 rounded-full ${STATUS_STYLE[hit.status].swatch}`} />
          {STATUS_LABEL[hit.status]}
        </span>
      </p>
      <p className="text-sm text-stone-900">
        <MarkedText runs={hit.statement} />
        {hit.claimant.length ? (
          <span className="text-stone-700">
            {" "}
            (claimant: <MarkedText runs={hit.claimant} />)
          </span>
        ) : null}
      </p>
      {hit.quote ? (
        <p className="text-sm text-stone-700">
          <span className="font-medium">In the text:</span> <MarkedExcerpts excerpts={hit.quote} />
        </p>
      ) : null}
      {hit.explanation ? (
        <p className="text-sm text-stone-700">
          <span className="font-medium">Explanation:</span> <MarkedExcerpts excerpts={hit.explanation} />
        </p>
      ) : null}
    </li>
  );
}
