import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { AuditChange } from "@/components/admin/AuditChange";
import { Button } from "@/components/ui/Button";
import { FieldFrame } from "@/components/ui/FieldFrame";
import { FormAlert } from "@/components/ui/FormAlert";
import { CaptionedTable } from "@/components/ui/CaptionedTable";
import { TextField } from "@/components/ui/TextField";
import { getServiceContext } from "@/lib/auth";
import { firstParam } from "@/lib/web/addressParams";
import { withFilterErrors } from "@/lib/web/filterOutcome";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import type { AuditLogPage } from "@/lib/services/audit/auditDto";
import { listAuditFilterOptions } from "@/lib/services/audit/listAuditFilterOptions";
import { listAuditLog } from "@/lib/services/audit/listAuditLog";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.audit");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

const FILTERS = ["action", "entityType", "actor", "from", "to"] as const;
type FilterName = (typeof FILTERS)[number];

const SELECT_CLASS = "w-full min-w-0 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-700";

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageActor("/admin/audit", "audit:read");
  const ctx = await getServiceContext();
  const params = await searchParams;
  // The entries and choices in the page's language (the CSV export stays in English).
  const language = await getLocale();
  const query = { action: params.action, entityType: params.entityType, actor: params.actor, from: params.from, to: params.to, before: params.before, language };
  const t = await getTranslations("admin.audit");

  const [options, outcome] = await Promise.all([
    forPage(listAuditFilterOptions(ctx, { language }), "/admin/audit"),
    withFilterErrors(listAuditLog(ctx, query), "/admin/audit"),
  ]);
  const current = Object.fromEntries(FILTERS.map((name) => [name, firstParam(params[name])])) as Record<FilterName, string>;
  const fieldErrors = outcome.ok ? {} : outcome.fieldErrors;
  const filtered = FILTERS.some((name) => current[name] !== "");

  return (
    <section aria-labelledby="audit-heading" className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 id="audit-heading" className="text-2xl font-semibold">
          {t("title")}
        </h1>
        <p className="text-sm text-stone-700">{t("intro")}</p>
      </div>

      <form method="get" action="/admin/audit" role="search" aria-label={t("filterLabel")} className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <FieldFrame label={t("action")} error={fieldErrors.action}>
            {(control) => (
              <select {...control} name="action" defaultValue={current.action} className={SELECT_CLASS}>
                <option value="">{t("allActions")}</option>
                {options.actions.map((group) => (
                  <optgroup key={group.group} label={group.label}>
                    <option value={group.group}>{t("everyAction", { group: group.label.toLocaleLowerCase(language) })}</option>
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
          <FieldFrame label={t("entityType")} error={fieldErrors.entityType}>
            {(control) => (
              <select {...control} name="entityType" defaultValue={current.entityType} className={SELECT_CLASS}>
                <option value="">{t("allEntityTypes")}</option>
                {options.entityTypes.map((type) => (
                  <option key={type.value} value={type.value}>
                    {type.label}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
          <FieldFrame label={t("changedBy")} error={fieldErrors.actor}>
            {(control) => (
              <select {...control} name="actor" defaultValue={current.actor} className={SELECT_CLASS}>
                <option value="">{t("anyone")}</option>
                <option value="system">{t("system")}</option>
                {options.actors.map((actor) => (
                  <option key={actor.id} value={actor.id}>
                    {actor.name}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
        </div>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <TextField label={t("from")} name="from" type="date" defaultValue={current.from} hint={t("fromHint")} error={fieldErrors.from} />
          <TextField label={t("to")} name="to" type="date" defaultValue={current.to} hint={t("toHint")} error={fieldErrors.to} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit">{t("filter")}</Button>
          {filtered ? (
            <Link prefetch={false} href="/admin/audit" className="text-sm text-blue-800 underline-offset-2 hover:underline">
              {t("clear")}
            </Link>
          ) : null}
          {outcome.ok && outcome.data.entries.length > 0 ? (
            // A plain link: the browser downloads the file itself, however long it is.
            <a href={filterHref("/admin/audit/export", current, null)} download className="text-sm text-blue-800 underline-offset-2 hover:underline">
              {filtered ? t("downloadFiltered") : t("downloadAll")}
            </a>
          ) : null}
        </div>
      </form>

      {outcome.ok ? (
        <AuditTable page={outcome.data} filters={current} filtered={filtered} />
      ) : (
        <FormAlert tone="error">
          {t("refused", { error: outcome.error })}{" "}
          <Link prefetch={false} href="/admin/audit" className="underline">
            {t("showAll")}
          </Link>
        </FormAlert>
      )}
    </section>
  );
}

async function AuditTable({ page, filters, filtered }: { page: AuditLogPage; filters: Record<FilterName, string>; filtered: boolean }) {
  const t = await getTranslations("admin.audit");
  if (page.entries.length === 0) {
    return <p className="text-stone-700">{filtered ? t("noMatch") : t("nothingYet")}</p>;
  }
  return (
    <div className="flex flex-col gap-3">
      <CaptionedTable
        caption={t(filtered ? "captionFiltered" : "captionAll", { count: page.entries.length })}
        captionClassName="text-sm text-stone-700"
        tableClassName="w-full border-collapse text-start [&_th]:text-start text-sm"
        scrollLabel={t("tableLabel")}
    >
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-2 pe-3">{t("when")}</th>
            <th scope="col" className="pe-3">{t("who")}</th>
            <th scope="col" className="pe-3">{t("action")}</th>
            <th scope="col" className="pe-3">{t("item")}</th>
            <th scope="col">{t("change")}</th>
          </tr>
        </thead>
        <tbody>
          {page.entries.map((entry) => (
            <tr key={entry.id} className="border-b border-stone-200 align-top">
              <td className="whitespace-nowrap py-2 pe-3">
                {/* Digits only, in every language: the log's own UTC time, to the second (the intro says UTC). */}
                <time dateTime={entry.at.toISOString()}>{entry.at.toISOString().slice(0, 19).replace("T", " ")}</time>
              </td>
              <td className="py-2 pe-3">{entry.actorName}</td>
              <td className="py-2 pe-3">
                {entry.actionLabel}
              </td>
              <td className="max-w-xs py-2 pe-3">
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
      </CaptionedTable>
      {page.newer || page.nextCursor !== null ? (
        <nav aria-label={t("pages")} className="flex gap-4 text-sm">
          {page.newer ? (
            <Link prefetch={false} href={pageHref(filters, page.newer.before)} className="text-blue-800 underline-offset-2 hover:underline">
              {t("newer")}
            </Link>
          ) : null}
          {page.nextCursor !== null ? (
            <Link prefetch={false} href={pageHref(filters, page.nextCursor)} className="text-blue-800 underline-offset-2 hover:underline">
              {t("older")}
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
