import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ClaimQueueTable } from "@/components/desk/lists/ClaimQueueTable";
import { Pagination } from "@/components/desk/lists/Pagination";
import { FormAlert } from "@/components/ui/FormAlert";
import { getServiceContext } from "@/lib/auth";
import { MY_CLAIMS_FILTERS, type MyClaimsFilter, type MyClaimsPage } from "@/lib/services/claims/claimQueueDto";
import { listMyClaims } from "@/lib/services/claims/listMyClaims";
import { PastEnd } from "@/components/desk/lists/PastEnd";
import { withFilterErrors } from "@/lib/web/filterOutcome";
import { requirePageActor } from "@/lib/web/pageAccess";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("desk.myClaims");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

const PATH = "/desk/my-claims";

const href = (filter: MyClaimsFilter, page = 1) => {
  const query = new URLSearchParams();
  if (filter !== "open") query.set("status", filter);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `${PATH}?${search}` : PATH;
};

export default async function MyClaimsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageActor(PATH);
  const params = await searchParams;
  const ctx = await getServiceContext();
  const outcome = await withFilterErrors(listMyClaims(ctx, { status: params.status, page: params.page }), PATH);
  const t = await getTranslations("desk.myClaims");

  return (
    <section aria-labelledby="my-claims-heading" className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h1 id="my-claims-heading" className="text-2xl font-semibold">
          {t("heading")}
        </h1>
        <p className="text-sm text-stone-700">{t("intro")}</p>
      </div>
      {outcome.ok ? (
        <MyClaims data={outcome.data} />
      ) : (
        <FormAlert tone="error">
          {t("failed", { error: outcome.error })}{" "}
          <Link prefetch={false} href={PATH} className="underline">
            {t("showToDo")}
          </Link>
        </FormAlert>
      )}
    </section>
  );
}

async function MyClaims({ data }: { data: MyClaimsPage }) {
  const t = await getTranslations("desk.myClaims");
  const format = await getFormatter();
  const labels = await filterLabels();
  return (
    <>
      <nav aria-label={t("filtersNav")}>
        <ul className="flex flex-wrap gap-2 text-sm">
          {MY_CLAIMS_FILTERS.map((filter) => {
            const current = filter === data.filter;
            return (
              <li key={filter}>
                <Link prefetch={false}
                  href={href(filter)}
                  aria-current={current ? "page" : undefined}
                  className={`block rounded-full border px-3 py-1 ${current ? "border-blue-800 bg-blue-50 font-semibold text-blue-950" : "border-stone-300 text-blue-800 hover:underline"}`}
                >
                  {labels[filter]} ({format.number(data.counts[filter])})
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {data.total === 0 ? (
        <EmptyState data={data} />
      ) : data.claims.length === 0 ? (
        <PastEnd href={href(data.filter)} />
      ) : (
        <ClaimQueueTable
          claims={data.claims}
          caption={t("caption", { label: labels[data.filter], total: data.total, page: data.page, pageCount: data.pageCount })}
        />
      )}
      <Pagination label={t("pages")} page={data.page} pageCount={data.pageCount} href={(page) => href(data.filter, page)} />
    </>
  );
}

/** What an empty list means, and where the claims are instead. */
async function EmptyState({ data }: { data: MyClaimsPage }) {
  const t = await getTranslations("desk.myClaims.empty");
  if (data.counts.all === 0) {
    return (
      <div className="flex max-w-2xl flex-col gap-2 text-stone-700">
        <p>{t("noneAssigned")}</p>
        <p>{t("howTheyCome")}</p>
      </div>
    );
  }
  if (data.filter === "open") {
    return (
      <div className="flex max-w-2xl flex-col gap-2 text-stone-700">
        <p>{t("nothingWaits")}</p>
        {data.counts.needs_signoff ? (
          <p>
            {t.rich("waitingForSignoff", {
              count: data.counts.needs_signoff,
              link: (chunks) => (
                <Link prefetch={false} href={href("needs_signoff")} className="text-blue-800 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <p className="text-stone-700">
      {t("noneIs", { filter: data.filter })}{" "}
      <Link prefetch={false} href={href("all")} className="text-blue-800 underline">
        {t("showAll")}
      </Link>
    </p>
  );
}

/** Each filter of the list in words. */
async function filterLabels(): Promise<Record<MyClaimsFilter, string>> {
  const t = await getTranslations("desk.myClaims.filters");
  return { open: t("open"), needs_signoff: t("needs_signoff"), signed_off: t("signed_off"), dismissed: t("dismissed"), all: t("all") };
}
