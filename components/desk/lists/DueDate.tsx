import { useFormatter, useTranslations } from "next-intl";
import { DAY_IN_UTC, storedDay } from "@/components/ui/dateFormats";

type DueWords = ReturnType<typeof useTranslations<"desk.due">>;

/** "Overdue by 3 days", "Due today", "Due in 4 days": a due date in words, relative to the database's today. */
export function dueInWords(dueInDays: number, overdue: boolean, t: DueWords): string {
  if (dueInDays < 0) return overdue ? t("overdueBy", { days: -dueInDays }) : t("wasDue", { days: -dueInDays });
  if (dueInDays === 0) return t("today");
  if (dueInDays === 1) return t("tomorrow");
  return t("dueIn", { days: dueInDays });
}

/**
 * A claim's due date with its distance from today. Overdue is said in words and shown in red with a mark, so it
 * does not depend on colour; a finished claim's past date is not called overdue.
 */
export function DueDate({ dueOn, dueInDays, overdue }: { dueOn: string | null; dueInDays: number | null; overdue: boolean }) {
  const t = useTranslations("desk.due");
  const format = useFormatter();
  if (!dueOn || dueInDays === null) return <span className="whitespace-nowrap text-stone-600">{t("none")}</span>;
  return (
    <span className="flex flex-col">
      <time dateTime={dueOn} className="whitespace-nowrap">
        {format.dateTime(storedDay(dueOn), DAY_IN_UTC)}
      </time>
      <span className={overdue ? "whitespace-nowrap font-semibold text-red-800" : "whitespace-nowrap text-xs text-stone-600"}>
        {overdue ? <span aria-hidden>⚠ </span> : null}
        {dueInWords(dueInDays, overdue, t)}
      </span>
    </span>
  );
}
