import { useTranslations } from "next-intl";
import Link from "next/link";
import { Button } from "@/components/ui/Button";
import { FieldFrame } from "@/components/ui/FieldFrame";
import { TextField } from "@/components/ui/TextField";
import { languageAttributes } from "@/lib/domain/languages";
import type { DeskFilterOptions, DeskFilters } from "@/lib/services/articles/deskArticleDto";
import { STATUS_ORDER } from "../workspace/claimStatus";
import { useStatusLabels } from "./statusLabels";

const SELECT_CLASS = "rounded-md border border-stone-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-700";

/** The desk's views: the article list, and lists of claims across articles. */
export type DeskView = "articles" | "claims" | "overdue" | "signoff";

/** The address of a desk view with these parameters (empty ones left out). */
export function deskHref(params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== "" && !(name === "view" && value === "articles") && !(name === "page" && value === 1)) query.set(name, String(value));
  }
  const search = query.toString();
  return search ? `/desk?${search}` : "/desk";
}

/**
 * Filters in the address (a GET form, so a filtered desk can be bookmarked and shared): who the claims are assigned
 * to, their status (not on the overdue and sign-off lists, which fix it), verdict, and due date.
 */
export function DeskFilterForm({
  view,
  article,
  filters,
  options,
  errors,
}: {
  view: DeskView;
  article?: string;
  filters: DeskFilters;
  options: DeskFilterOptions;
  errors: Record<string, string>;
}) {
  const t = useTranslations("desk.filters");
  const labels = useStatusLabels();
  const filtered = Object.values(filters).some(Boolean) || Boolean(article);
  const fixedStatus = view === "overdue" || view === "signoff";
  return (
    <form method="get" action="/desk" role="search" aria-label={t("form")} className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
      {view !== "articles" ? <input type="hidden" name="view" value={view} /> : null}
      {article ? <input type="hidden" name="article" value={article} /> : null}
      <p className="text-sm text-stone-700">
        {view === "articles" ? t("articlesLead") : t("claimsLead")}
      </p>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FieldFrame label={t("assignedTo")} error={errors.reviewer}>
          {(control) => (
            <select {...control} name="reviewer" defaultValue={filters.reviewer} className={SELECT_CLASS}>
              <option value="">{t("anyone")}</option>
              <option value="none">{t("nobody")}</option>
              {options.staff.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.displayName}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        {fixedStatus ? null : (
          <FieldFrame label={t("status")} error={errors.status}>
            {(control) => (
              <select {...control} name="status" defaultValue={filters.status} className={SELECT_CLASS}>
                <option value="">{t("anyStatus")}</option>
                <option value="open">{t("open")}</option>
                {STATUS_ORDER.map((status) => (
                  <option key={status} value={status}>
                    {labels[status]}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
        )}
        <FieldFrame label={t("verdict")} error={errors.verdict}>
          {(control) => (
            <select {...control} name="verdict" defaultValue={filters.verdict} className={SELECT_CLASS}>
              <option value="">{t("anyVerdict")}</option>
              <option value="none">{t("noVerdict")}</option>
              {options.verdicts.map((verdict) => (
                <option key={verdict.id} value={verdict.id} {...languageAttributes(verdict.language)}>
                  {verdict.label}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <TextField label={t("dueBefore")} name="dueBefore" type="date" defaultValue={filters.dueBefore} error={errors.dueBefore} />
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit">{t("filter")}</Button>
        {filtered ? (
          <Link prefetch={false} href={deskHref({ view })} className="text-sm text-blue-800 underline-offset-2 hover:underline">
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

/** The desk's views as links; the current one is marked, the queues carry their counts. */
export function DeskViewLinks({ view, queues }: { view: DeskView; queues: { overdue: number; awaitingSignoff: number } }) {
  const t = useTranslations("desk.views");
  const items: { view: DeskView; label: string; alert?: boolean }[] = [
    { view: "articles", label: t("articles") },
    { view: "claims", label: t("claims") },
    { view: "overdue", label: t("overdue", { count: queues.overdue }), alert: queues.overdue > 0 },
    { view: "signoff", label: t("signoff", { count: queues.awaitingSignoff }) },
  ];
  return (
    <nav aria-label={t("nav")}>
      <ul className="flex flex-wrap gap-1 border-b border-stone-300">
        {items.map((item) => {
          const current = item.view === view;
          return (
            <li key={item.view}>
              <Link prefetch={false}
                href={deskHref({ view: item.view })}
                aria-current={current ? "page" : undefined}
                className={`-mb-px block rounded-t-md border px-3 py-1.5 text-sm ${
                  current ? "border-stone-300 border-b-white bg-white font-semibold" : "border-transparent text-blue-800 hover:underline"
                } ${item.alert && !current ? "text-red-800" : ""}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
