import { useFormatter, useTranslations } from "next-intl";
import { STATUS_ORDER, STATUS_STYLE, type ClaimStatus } from "../workspace/claimStatus";
import { useStatusLabels } from "./statusLabels";

type ProgressWords = ReturnType<typeof useTranslations<"desk.progress">>;

/** "3 of 8 signed off; 2 waiting for sign-off; 1 dismissed": an article's progress in words (dismissed claims do not count towards it). */
export function progressInWords(counts: Record<ClaimStatus, number>, t: ProgressWords): string {
  const total = STATUS_ORDER.reduce((sum, status) => sum + counts[status], 0);
  if (total === 0) return t("none");
  const active = total - counts.dismissed;
  if (active === 0) return t("allDismissed", { total });
  const parts = [t("signedOff", { signedOff: counts.signed_off, active })];
  if (counts.needs_signoff) parts.push(t("waiting", { count: counts.needs_signoff }));
  if (counts.dismissed) parts.push(t("dismissed", { count: counts.dismissed }));
  return parts.join(t("separator"));
}

/**
 * An article's claims as a progress bar (signed off out of the claims not dismissed) with each status's share in
 * its colour, and the same in words beside it; the bar carries the words for screen readers.
 */
export function ArticleProgress({ title, counts }: { title: string; counts: Record<ClaimStatus, number> }) {
  const t = useTranslations("desk.progress");
  const format = useFormatter();
  const labels = useStatusLabels();
  const total = STATUS_ORDER.reduce((sum, status) => sum + counts[status], 0);
  const active = total - counts.dismissed;
  const words = progressInWords(counts, t);
  return (
    <div className="flex min-w-40 flex-col gap-1">
      {total ? (
        <div
          // With every claim dismissed there is nothing to progress through: the bar is only a picture then.
          {...(active
            ? { role: "progressbar", "aria-label": t("label", { title }), "aria-valuemin": 0, "aria-valuemax": active, "aria-valuenow": counts.signed_off, "aria-valuetext": words }
            : { "aria-hidden": true })}
          className="flex h-2.5 w-full overflow-hidden rounded-full bg-stone-200"
        >
          {STATUS_ORDER.map((status) =>
            counts[status] ? (
              <div
                key={status}
                title={`${labels[status]}: ${format.number(counts[status])}`}
                className={STATUS_STYLE[status].swatch}
                style={{ width: `${(counts[status] / total) * 100}%` }}
              />
            ) : null,
          )}
        </div>
      ) : null}
      <span className="text-xs text-stone-700">{words}</span>
    </div>
  );
}

/** The article's claims counted by status, each with its colour swatch. */
export function StatusCounts({ counts }: { counts: Record<ClaimStatus, number> }) {
  const t = useTranslations("desk.progress");
  const format = useFormatter();
  const labels = useStatusLabels();
  const shown = STATUS_ORDER.filter((status) => counts[status]);
  if (!shown.length) return <span className="text-stone-600">{t("noneShort")}</span>;
  return (
    <ul aria-label={t("byStatus")} className="flex flex-col text-xs">
      {shown.map((status) => (
        <li key={status} className="inline-flex items-center gap-1 whitespace-nowrap">
          <span aria-hidden className={`size-2.5 rounded-sm ${STATUS_STYLE[status].swatch}`} />
          {labels[status]}: {format.number(counts[status])}
        </li>
      ))}
    </ul>
  );
}
