import { STATUS_LABEL, STATUS_ORDER, STATUS_STYLE, type ClaimStatus } from "../workspace/claimStatus";

/** "3 of 8 signed off; 2 waiting for sign-off; 1 dismissed": an article's progress in words (dismissed claims do not count towards it). */
export function progressInWords(counts: Record<ClaimStatus, number>): string {
  const total = STATUS_ORDER.reduce((sum, status) => sum + counts[status], 0);
  if (total === 0) return "No claims yet";
  const active = total - counts.dismissed;
  if (active === 0) return `All ${total} ${total === 1 ? "claim" : "claims"} dismissed`;
  const parts = [`${counts.signed_off} of ${active} signed off`];
  if (counts.needs_signoff) parts.push(`${counts.needs_signoff} waiting for sign-off`);
  if (counts.dismissed) parts.push(`${counts.dismissed} dismissed`);
  return parts.join("; ");
}

/**
 * An article's claims as a progress bar (signed off out of the claims not dismissed) with each status's share in
 * its colour, and the same in words beside it; the bar carries the words for screen readers.
 */
export function ArticleProgress({ title, counts }: { title: string; counts: Record<ClaimStatus, number> }) {
  const total = STATUS_ORDER.reduce((sum, status) => sum + counts[status], 0);
  const active = total - counts.dismissed;
  const words = progressInWords(counts);
  return (
    <div className="flex min-w-40 flex-col gap-1">
      {total ? (
        <div
          // With every claim dismissed there is nothing to progress through: the bar is only a picture then.
          {...(active
            ? { role: "progressbar", "aria-label": `Progress of ${title}`, "aria-valuemin": 0, "aria-valuemax": active, "aria-valuenow": counts.signed_off, "aria-valuetext": words }
            : { "aria-hidden": true })}
          className="flex h-2.5 w-full overflow-hidden rounded-full bg-stone-200"
        >
          {STATUS_ORDER.map((status) =>
            counts[status] ? (
              <div key={status} title={`${STATUS_LABEL[status]}: ${counts[status]}`} className={STATUS_STYLE[status].swatch} style={{ width: `${(counts[status] / total) * 100}%` }} />
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
  const shown = STATUS_ORDER.filter((status) => counts[status]);
  if (!shown.length) return <span className="text-stone-600">None</span>;
  return (
    <ul aria-label="Claims by status" className="flex flex-col text-xs">
      {shown.map((status) => (
        <li key={status} className="inline-flex items-center gap-1 whitespace-nowrap">
          <span aria-hidden className={`size-2.5 rounded-sm ${STATUS_STYLE[status].swatch}`} />
          {STATUS_LABEL[status]}: {counts[status]}
        </li>
      ))}
    </ul>
  );
}
