import { useTranslations } from "next-intl";
import type { AuditChangeSummary, AuditValue } from "@/lib/services/audit/auditDto";

const MAX_FIELDS = 6;

/** The change of one audit entry, field by field, in words; values are text (and http links), never markup. */
export function AuditChange({ change }: { change: AuditChangeSummary }) {
  const t = useTranslations("admin.auditChange");
  if (change.changes.length === 0) {
    return <span className="text-stone-600">{change.mode === "none" ? t("noneChanged") : t("noDetails")}</span>;
  }
  const shown = change.changes.slice(0, MAX_FIELDS);
  const label = change.mode === "created" ? t("recorded") : change.mode === "removed" ? t("removed") : null;
  return (
    <div className="flex flex-col gap-0.5">
      {label ? <span className="text-xs font-medium text-stone-600">{label}</span> : null}
      <dl className="flex flex-col gap-1">
        {shown.map((line, i) => (
          <div key={`${line.field}-${i}`} className="break-words">
            <dt className="inline font-medium">{line.field}: </dt>
            <dd className="inline">
              {line.before !== null && line.after !== null ? (
                <>
                  {/* The arrow points the way the text reads. */}
                  <Value value={line.before} /> <span aria-label={t("changedTo")} className="inline-block rtl:-scale-x-100">→</span> <Value value={line.after} />
                </>
              ) : (
                <Value value={(line.after ?? line.before)!} />
              )}
            </dd>
          </div>
        ))}
      </dl>
      {change.changes.length > shown.length ? <p className="text-stone-600">{t("more", { count: change.changes.length - shown.length })}</p> : null}
    </div>
  );
}

function Value({ value }: { value: AuditValue }) {
  if (value.kind === "text") return <span>{value.text}</span>;
  return (
    <ul className="ms-4 list-disc">
      {value.items.map((item, i) => (
        <li key={i}>
          {item.href ? (
            <a href={item.href} rel="noopener noreferrer nofollow" target="_blank" className="text-blue-800 underline-offset-2 hover:underline">
              {item.text}
            </a>
          ) : (
            item.text
          )}
        </li>
      ))}
    </ul>
  );
}
