import type { Metadata } from "next";
import Link from "next/link";
import { ClaimQueueTable } from "@/components/desk/lists/ClaimQueueTable";
import { DeskArticleTable } from "@/components/desk/lists/DeskArticleTable";
import { DeskFilterForm, deskHref, DeskViewLinks, type DeskView } from "@/components/desk/lists/DeskFilterForm";
import { Pagination } from "@/components/desk/lists/Pagination";
import { FormAlert } from "@/components/ui/FormAlert";
import { getServiceContext } from "@/lib/auth";
import { roleCan } from "@/lib/auth/permissions";
import type { DeskArticlesPage, DeskContext, DeskFilters } from "@/lib/services/articles/deskArticleDto";
import { listDeskArticles } from "@/lib/services/articles/listDeskArticles";
import type { DeskClaimsPage } from "@/lib/services/claims/claimQueueDto";
import { listDeskClaims } from "@/lib/services/claims/listDeskClaims";
import { firstParam } from "@/lib/web/addressParams";
import { withFilterErrors } from "@/lib/web/filterOutcome";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { assignClaimsAction } from "./actions";

export const metadata: Metadata = { title: "Desk" };

type SearchParams = Record<string, string | string[] | undefined>;

const HEADINGS: Record<DeskView, string> = {
  articles: "Articles",
  claims: "All claims",
  overdue: "Overdue claims",
  signoff: "Claims awaiting sign-off",
};

export default async function DeskPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor("/desk");
  const params = await searchParams;
  const ctx = await getServiceContext();
  const requested = firstParam(params.view) || "articles";
  const view: DeskView = (["articles", "claims", "overdue", "signoff"] as const).find((v) => v === requested) ?? "claims";
  const filters = { reviewer: params.reviewer, status: view === "claims" || view === "articles" ? params.status : undefined, verdict: params.verdict, dueBefore: params.dueBefore, page: params.page };
  const article = firstParam(params.article) || undefined;

  const outcome =
    view === "articles"
      ? await withFilterErrors(listDeskArticles(ctx, filters), "/desk")
      : await withFilterErrors(listDeskClaims(ctx, { ...filters, view: requested, article }), "/desk");
  // With filters the desk cannot apply, the page still offers the filter form (and says what to fix).
  const context: DeskContext = outcome.ok ? outcome.data : await forPage(listDeskArticles(ctx, {}), "/desk");
  const shownFilters: DeskFilters = outcome.ok
    ? context.filters
    : { reviewer: firstParam(params.reviewer), status: firstParam(params.status), verdict: firstParam(params.verdict), dueBefore: firstParam(params.dueBefore) };

  return (
    <section aria-labelledby="desk-heading" className="flex flex-col gap-4">
      <div className="flex items-center justify-between">
        <h1 id="desk-heading" className="text-2xl font-semibold">
          Desk
        </h1>
        {roleCan(actor.role, "article:create") ? (
          <Link prefetch={false} href="/desk/articles/new" className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">
            Bring in an article
          </Link>
        ) : null}
      </div>
      <DeskViewLinks view={view} queues={context.queues} />
      <DeskFilterForm view={view} article={article} filters={shownFilters} options={context.options} errors={outcome.ok ? {} : outcome.fieldErrors} />
      <h2 className="text-xl font-semibold">{HEADINGS[view]}</h2>
      {!outcome.ok ? (
        <FormAlert tone="error">
          These filters could not be applied: {outcome.error}{" "}
          <Link prefetch={false} href={deskHref({ view: view === "claims" && requested !== "claims" ? "articles" : view })} className="underline">
            Show everything
          </Link>
        </FormAlert>
      ) : view === "articles" ? (
        <ArticlesView data={outcome.data as DeskArticlesPage} canCreate={roleCan(actor.role, "article:create")} />
      ) : (
        <ClaimsView data={outcome.data as DeskClaimsPage} canAssign={roleCan(actor.role, "claim:assign")} />
      )}
    </section>
  );
}

function filtersOf(filters: DeskFilters) {
  return { reviewer: filters.reviewer, status: filters.status, verdict: filters.verdict, dueBefore: filters.dueBefore };
}

function ArticlesView({ data, canCreate }: { data: DeskArticlesPage; canCreate: boolean }) {
  const filtered = Object.values(data.filters).some(Boolean);
  if (data.total === 0) {
    return (
      <p className="text-stone-700">
        {filtered
          ? "No article has a claim that matches these filters. Widen them, or clear them to see every article."
          : canCreate
            ? "No articles yet. Bring one in by pasting its text or importing it from a web address; then mark its claims and give them to reviewers."
            : "No articles for you yet. When an editor gives you a claim to check, its article appears here, and the claim in My claims."}
      </p>
    );
  }
  const href = (page: number) => deskHref({ ...filtersOf(data.filters), page });
  return (
    <>
      {data.articles.length ? (
        <DeskArticleTable
          articles={data.articles}
          caption={`${filtered ? "Articles with matching claims" : "Every article"}, most recently changed first: ${data.total} in all, page ${data.page} of ${data.pageCount}.`}
        />
      ) : (
        <EmptyPage href={href(1)} />
      )}
      <Pagination label="Article pages" page={data.page} pageCount={data.pageCount} href={href} />
    </>
  );
}

const CLAIM_VIEW_EMPTY: Record<DeskClaimsPage["view"], string> = {
  claims: "No claims match these filters. Widen them, or clear them to see every claim.",
  overdue: "Nothing is overdue. Claims still new or in review appear here once their due date has passed, oldest first.",
  signoff: "No claims are waiting for sign-off. A claim appears here when its reviewer sends the verdict for an editor's approval.",
};

const CLAIM_VIEW_ORDER: Record<DeskClaimsPage["view"], string> = {
  claims: "by article, most recently changed first",
  overdue: "oldest due date first",
  signoff: "waiting longest first",
};

function ClaimsView({ data, canAssign }: { data: DeskClaimsPage; canAssign: boolean }) {
  const href = (page: number) => deskHref({ view: data.view, article: data.article?.id, ...filtersOf(data.filters), page });
  return (
    <>
      {data.article ? (
        <p className="text-sm text-stone-700">
          Only the claims of <strong>{data.article.title}</strong>.{" "}
          <Link prefetch={false} href={deskHref({ view: data.view, ...filtersOf(data.filters) })} className="text-blue-800 underline">
            Show every article&apos;s claims
          </Link>
        </p>
      ) : null}
      {data.total === 0 ? (
        <p className="text-stone-700">
          {data.view === "claims" && !Object.values(data.filters).some(Boolean) && !data.article ? "No claims yet. Editors mark claims in an article's workspace." : CLAIM_VIEW_EMPTY[data.view]}
        </p>
      ) : data.claims.length === 0 ? (
        <EmptyPage href={href(1)} />
      ) : (
        <ClaimQueueTable
          claims={data.claims}
          showReviewer
          caption={`Claims, ${CLAIM_VIEW_ORDER[data.view]}: ${data.total} in all, page ${data.page} of ${data.pageCount}.`}
          bulk={canAssign && data.view !== "signoff" ? { staff: data.options.staff, today: data.today, assign: assignClaimsAction } : undefined}
        />
      )}
      <Pagination label="Claim pages" page={data.page} pageCount={data.pageCount} href={href} />
    </>
  );
}

function EmptyPage({ href }: { href: string }) {
  return (
    <p className="text-stone-700">
      This page is past the end of the list.{" "}
      <Link prefetch={false} href={href} className="text-blue-800 underline">
        Go to the first page
      </Link>
    </p>
  );
}
