import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ClaimQueueTable } from "@/components/desk/lists/ClaimQueueTable";
import { DeskArticleTable } from "@/components/desk/lists/DeskArticleTable";
import { DeskFilterForm, deskHref, DeskViewLinks, type DeskView } from "@/components/desk/lists/DeskFilterForm";
import { Pagination } from "@/components/desk/lists/Pagination";
import { PastEnd } from "@/components/desk/lists/PastEnd";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("desk.deskPage");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function DeskPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor("/desk");
  const t = await getTranslations("desk.deskPage");
  const headings: Record<DeskView, string> = {
    articles: t("headings.articles"),
    claims: t("headings.claims"),
    overdue: t("headings.overdue"),
    signoff: t("headings.signoff"),
  };
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
          {t("heading")}
        </h1>
        {roleCan(actor.role, "article:create") ? (
          <Link prefetch={false} href="/desk/articles/new" className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">
            {t("bringIn")}
          </Link>
        ) : null}
      </div>
      <DeskViewLinks view={view} queues={context.queues} />
      <DeskFilterForm view={view} article={article} filters={shownFilters} options={context.options} errors={outcome.ok ? {} : outcome.fieldErrors} />
      <h2 className="text-xl font-semibold">{headings[view]}</h2>
      {!outcome.ok ? (
        <FormAlert tone="error">
          {t("filtersFailed", { error: outcome.error })}{" "}
          <Link prefetch={false} href={deskHref({ view: view === "claims" && requested !== "claims" ? "articles" : view })} className="underline">
            {t("showEverything")}
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

async function ArticlesView({ data, canCreate }: { data: DeskArticlesPage; canCreate: boolean }) {
  const t = await getTranslations("desk.deskPage.articles");
  const filtered = Object.values(data.filters).some(Boolean);
  if (data.total === 0) {
    return (
      <p className="text-stone-700">
        {filtered ? t("noneMatch") : canCreate ? t("noneYet") : t("noneForYou")}
      </p>
    );
  }
  const href = (page: number) => deskHref({ ...filtersOf(data.filters), page });
  return (
    <>
      {data.articles.length ? (
        <DeskArticleTable
          articles={data.articles}
          caption={t(filtered ? "captionFiltered" : "caption", { total: data.total, page: data.page, pageCount: data.pageCount })}
        />
      ) : (
        <PastEnd href={href(1)} />
      )}
      <Pagination label={t("pages")} page={data.page} pageCount={data.pageCount} href={href} />
    </>
  );
}

async function ClaimsView({ data, canAssign }: { data: DeskClaimsPage; canAssign: boolean }) {
  const t = await getTranslations("desk.deskPage.claims");
  const empty: Record<DeskClaimsPage["view"], string> = { claims: t("empty.claims"), overdue: t("empty.overdue"), signoff: t("empty.signoff") };
  const captions: Record<DeskClaimsPage["view"], string> = {
    claims: t("caption.claims", { total: data.total, page: data.page, pageCount: data.pageCount }),
    overdue: t("caption.overdue", { total: data.total, page: data.page, pageCount: data.pageCount }),
    signoff: t("caption.signoff", { total: data.total, page: data.page, pageCount: data.pageCount }),
  };
  const href = (page: number) => deskHref({ view: data.view, article: data.article?.id, ...filtersOf(data.filters), page });
  return (
    <>
      {data.article ? (
        <p className="text-sm text-stone-700">
          {t.rich("onlyOf", { title: data.article.title, strong: (chunks) => <strong>{chunks}</strong> })}{" "}
          <Link prefetch={false} href={deskHref({ view: data.view, ...filtersOf(data.filters) })} className="text-blue-800 underline">
            {t("showEveryArticle")}
          </Link>
        </p>
      ) : null}
      {data.total === 0 ? (
        <p className="text-stone-700">
          {data.view === "claims" && !Object.values(data.filters).some(Boolean) && !data.article ? t("noneYet") : empty[data.view]}
        </p>
      ) : data.claims.length === 0 ? (
        <PastEnd href={href(1)} />
      ) : (
        <ClaimQueueTable
          claims={data.claims}
          showReviewer
          caption={captions[data.view]}
          bulk={canAssign && data.view !== "signoff" ? { staff: data.options.staff, today: data.today, assign: assignClaimsAction } : undefined}
        />
      )}
      <Pagination label={t("pages")} page={data.page} pageCount={data.pageCount} href={href} />
    </>
  );
}
