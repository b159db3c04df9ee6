import type { Metadata } from "next";
import Link from "next/link";
import { ClaimQueueTable } from "@/components/desk/lists/ClaimQueueTable";
import { Pagination } from "@/components/desk/lists/Pagination";
import { FormAlert } from "@/components/ui/FormAlert";
import { getServiceContext } from "@/lib/auth";
import { MY_CLAIMS_FILTERS, type MyClaimsFilter, type MyClaimsPage } from "@/lib/services/claims/claimQueueDto";
import { listMyClaims } from "@/lib/services/claims/listMyClaims";
import { withFilterErrors } from "@/lib/web/filterOutcome";
import { requirePageActor } from "@/lib/web/pageAccess";

export const metadata: Metadata = { title: "My claims" };

type SearchParams = Record<string, string | string[] | undefined>;

const PATH = "/desk/my-claims";

const FILTER_LABEL: Record<MyClaimsFilter, string> = {
  open: "To do (new or in review)",
  needs_signoff: "Waiting for sign-off",
  signed_off: "Signed off",
  dismissed: "Dismissed",
  all: "All",
};

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

  return (
    <section aria-labelledby="my-claims-heading" className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h1 id="my-claims-heading" className="text-2xl font-semibold">
          My claims
        </h1>
        <p className="text-sm text-stone-700">The claims assigned to you in every article, due soonest first.</p>
      </div>
      {outcome.ok ? (
        <MyClaims data={outcome.data} />
      ) : (
        <FormAlert tone="error">
          This list could not be shown: {outcome.error}{" "}
          <Link prefetch={false} href={PATH} className="underline">
            Show the claims you have to do
          </Link>
        </FormAlert>
      )}
    </section>
  );
}

function MyClaims({ data }: { data: MyClaimsPage }) {
  return (
    <>
      <nav aria-label="Show my claims">
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
                  {FILTER_LABEL[filter]} ({data.counts[filter]})
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {data.total === 0 ? (
        <EmptyState data={data} />
      ) : data.claims.length === 0 ? (
        <p className="text-stone-700">
          This page is past the end of the list.{" "}
          <Link prefetch={false} href={href(data.filter)} className="text-blue-800 underline">
            Go to the first page
          </Link>
        </p>
      ) : (
        <ClaimQueueTable
          claims={data.claims}
          caption={`${FILTER_LABEL[data.filter]}: ${data.total} ${data.total === 1 ? "claim" : "claims"}, due soonest first, those without a due date last. Page ${data.page} of ${data.pageCount}.`}
        />
      )}
      <Pagination label="Pages of my claims" page={data.page} pageCount={data.pageCount} href={(page) => href(data.filter, page)} />
    </>
  );
}

/** What an empty list means, and where the claims are instead. */
function EmptyState({ data }: { data: MyClaimsPage }) {
  if (data.counts.all === 0) {
    return (
      <div className="flex max-w-2xl flex-col gap-2 text-stone-700">
        <p>No claims have been assigned to you yet.</p>
        <p>
          When an editor gives you a claim to check, it appears here with its article and due date, and the number beside
          &ldquo;My claims&rdquo; in the navigation goes up. Open a claim to research it, choose a verdict, explain it for readers, and
          send it for sign-off.
        </p>
      </div>
    );
  }
  if (data.filter === "open") {
    return (
      <div className="flex max-w-2xl flex-col gap-2 text-stone-700">
        <p>Nothing waits for you: every claim assigned to you has been sent for sign-off, signed off or dismissed.</p>
        {data.counts.needs_signoff ? (
          <p>
            <Link prefetch={false} href={href("needs_signoff")} className="text-blue-800 underline">
              {data.counts.needs_signoff} of your {data.counts.needs_signoff === 1 ? "claim is" : "claims are"} waiting for an editor&apos;s sign-off
            </Link>
            ; an editor may send one back to you with a note.
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <p className="text-stone-700">
      None of your claims is {FILTER_LABEL[data.filter].toLowerCase()}.{" "}
      <Link prefetch={false} href={href("all")} className="text-blue-800 underline">
        Show all your claims
      </Link>
    </p>
  );
}
