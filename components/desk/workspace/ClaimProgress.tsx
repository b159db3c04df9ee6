import { useTranslations } from "next-intl";
import type { WorkspaceDto } from "@/lib/services/articles/workspaceDto";
import { STATUS_ORDER, STATUS_STYLE } from "./claimStatus";
import { useClaimStatusWords } from "./claimStatusWords";

/** Claims by status as a bar, with its text equivalent ("3 of 6 signed off") and a legend. */
export function ClaimProgress({ counts }: { counts: WorkspaceDto["counts"] }) {
  const t = useTranslations("workspace.progress");
  const words = useClaimStatusWords();
  const total = STATUS_ORDER.reduce((sum, status) => sum + counts[status], 0);
  const active = total - counts.dismissed;
  return (
    <div className="flex flex-col gap-1.5">
      <p className="text-sm font-medium">
        {total === 0 ? t("none") : t("signedOff", { signedOff: counts.signed_off, active })}
      </p>
      {total ? (
        <>
          <div aria-hidden className="flex h-2.5 w-full max-w-md overflow-hidden rounded-full bg-stone-200">
            {STATUS_ORDER.map((status) =>
              counts[status] ? <div key={status} className={STATUS_STYLE[status].swatch} style={{ width: `${(counts[status] / total) * 100}%` }} /> : null,
            )}
          </div>
          <ul aria-label={t("byStatus")} className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700">
            {STATUS_ORDER.map((status) => (
              <li key={status} className="inline-flex items-center gap-1">
                <span aria-hidden className={`size-2.5 rounded-sm ${STATUS_STYLE[status].swatch}`} />
                {t("legendItem", { status: words.status[status], count: counts[status] })}
                <span aria-hidden className="text-stone-500">({words.line[status]})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
