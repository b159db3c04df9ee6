import type { Metadata } from "next";
import Link from "next/link";
import { AuditChange } from "@/components/admin/AuditChange";
import { Button } from "@/components/ui/Button";
import { FieldFrame } from "@/components/ui/FieldFrame";
import { FormAlert } from "@/components/ui/FormAlert";
import { ScrollRegion } from "@/components/ui/ScrollRegion";
import { TextField } from "@/components/ui/TextField";
import { getServiceContext } from "@/lib/auth";
import { firstParam } from "@/lib/web/addressParams";
import { withFilterErrors } from "@/lib/web/filterOutcome";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import type { AuditLogPage } from "@/lib/services/audit/auditDto";
import { listAuditFilterOptions } from "@/lib/services/audit/listAuditFilterOptions";
import { listAuditLog } from "@/lib/services/audit/listAuditLog";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Record<string, string | string[] | undefined>;

const FILTERS = ["action", "entityType", "actor", "from", "to"] as const;
type FilterName = (typeof FILTERS)[number];

const SELECT_CLASS = "w-full min-w-0 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-700";

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageActor("/admin/audit", "audit:read");
  const ctx = await getServiceContext();
  const params = await searchParams;
  const query = { action: params.action, entityType: params.entityType, actor: params.actor, from: params.from, to: params.to, before: params.before };

  const [options, outcome] = await Promise.all([forPage(listAuditFilterOptions(ctx), "/admin/audit"), withFilterErrors(listAuditLog(ctx, query), "/admin/audit")]);
  const current = Object.fromEntries(FILTERS.map((name) => [name, firstParam(params[name])])) as Record<FilterName, string>;
  const fieldErrors = outcome.ok ? {} : outcome.fieldErrors;
  const filtered = FILTERS.some((name) => current[name] !== "");

  return (
    <section aria-labelledby="audit-heading" className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 id="audit-heading" className="text-2xl font-semibold">
          Audit log
        </h1>
        <p className="text-sm text-stone-700">Who changed what, newest first. Times are in UTC.</p>
      </div>

      <form method="get" action="/admin/audit" role="search" aria-label="Filter the audit log" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <div className="grid gap-3 sm:grid-cols-3">
          <FieldFrame label="Action" error={fieldErrors.action}>
            {(control) => (
              <select {...control} name="action" defaultValue={current.action} className={SELECT_CLASS}>
                <option value="">All actions</option>
                {options.actions.map((group) => (
                  <optgroup key={group.group} label={group.label}>
                    <option value={group.group}>Every {group.label.toLowerCase()} action</option>
                    {group.actions.map((action) => (
                      <option key={action.value} value={action.value}>
                        {action.label}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            )}
          </FieldFrame>
          <FieldFrame label="Entity type" error={fieldErrors.entityType}>
            {(control) => (
              <select {...control} name="entityType" defaultValue={current.entityType} className={SELECT_CLASS}>
                <option value="">All entity types</option>
                {options.entityTypes.map((type) => (
                  <option key={type.value} value={type.value}>
                    {type.label}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
          <FieldFrame label="Changed by" error={fieldErrors.actor}>
            {(control) => (
              <select {...control} name="actor" defaultValue={current.actor} className={SELECT_CLASS}>
                <option value="">Anyone</option>
                <option value="system">System (set-up and command line)</option>
                {options.actors.map((actor) => (
                  <option key={actor.id} value={actor.id}>
                    {actor.name}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
        </div>
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField label="From" name="from" type="date" defaultValue={current.from} hint="The first day to include (UTC)." error={fieldErrors.from} />
          <TextField label="To" name="to" type="date" defaultValue={current.to} hint="The last day to include (UTC)." error={fieldErrors.to} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit">Filter</Button>
          {filtered ? (
            <Link prefetch={false} href="/admin/audit" className="text-sm text-blue-800 underline-offset-2 hover:underline">
              Clear filters
            </Link>
          ) : null}
          {outcome.ok && outcome.data.entries.length > 0 ? (
            // A plain link: the browser downloads the file itself, however long it is.
            <a href={filterHref("/admin/audit/export", current, null)} download className="text-sm text-blue-800 underline-offset-2 hover:underline">
              Download {filtered ? "these entries" : "the whole log"} as CSV
            </a>
          ) : null}
        </div>
      </form>

      {outcome.ok ? (
        <AuditTable page={outcome.data} filters={current} filtered={filtered} />
      ) : (
        <FormAlert tone="error">
          These filters could not be applied: {outcome.error}{" "}
          <Link prefetch={false} href="/admin/audit" className="underline">
            Show all entries
          </Link>
        </FormAlert>
      )}
    </section>
  );
}

function AuditTable({ page, filters, filtered }: { page: AuditLogPage; filters: Record<FilterName, string>; filtered: boolean }) {
  if (page.entries.length === 0) {
    return <p className="text-stone-700">{filtered ? "No entries match these filters." : "Nothing has been recorded yet."}</p>;
  }
  return (
    <div className="flex flex-col gap-3">
      <ScrollRegion label="Audit log entries">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="pb-2 text-left text-stone-700">
            {filtered ? "Matching changes" : "All changes"}, newest first, {page.entries.length} on this page
          </caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="py-2 pr-3">When</th>
              <th scope="col" className="pr-3">Who</th>
              <th scope="col" className="pr-3">Action</th>
              <th scope="col" className="pr-3">Item</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {page.entries.map((entry) => (
              <tr key={entry.id} className="border-b border-stone-200 align-top">
                <td className="whitespace-nowrap py-2 pr-3">
                  <time dateTime={entry.at.toISOString()}>{entry.at.toISOString().slice(0, 19).replace("T", " ")}</time>
                </td>
                <td className="py-2 pr-3">{entry.actorName}</td>
                <td className="py-2 pr-3">
                  {entry.actionLabel}
                </td>
                <td className="max-w-xs py-2 pr-3">
                  <span className="block text-xs text-stone-600">{entry.entityTypeLabel}</span>
                  {entry.entity.href ? (
                    <Link prefetch={false} href={entry.entity.href} className="break-words text-blue-800 underline-offset-2 hover:underline">
                      {entry.entity.label}
                    </Link>
                  ) : (
                    <span className="break-words">{entry.entity.label}</span>
                  )}
                </td>
                <td className="py-2">
                  <AuditChange change={entry.change} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {page.newer || page.nextCursor !== null ? (
        <nav aria-label="Audit log pages" className="flex gap-4 text-sm">
          {page.newer ? (
            <Link prefetch={false} href={pageHref(filters, page.newer.before)} className="text-blue-800 underline-offset-2 hover:underline">
              Newer
            </Link>
          ) : null}
          {page.nextCursor !== null ? (
            <Link prefetch={false} href={pageHref(filters, page.nextCursor)} className="text-blue-800 underline-offset-2 hover:underline">
              Older
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

function pageHref(filters: Record<FilterName, string>, before: number | null): string {
  return filterHref("/admin/audit", filters, before);
}

function filterHref(path: string, filters: Record<FilterName, string>, before: number | null): string {
  const query = new URLSearchParams();
  for (const name of FILTERS) if (filters[name]) query.set(name, filters[name]);
  if (before !== null) query.set("before", String(before));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
