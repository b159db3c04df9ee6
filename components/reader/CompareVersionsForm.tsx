import { useTranslations } from "next-intl";
import type { VersionEntry } from "@/lib/services/publishing/versionsDto";

/** Two versions to compare: a plain GET form, so it works without JavaScript. */
export function CompareVersionsForm({ slug, versions, from, to }: { slug: string; versions: VersionEntry[]; from: number; to: number }) {
  const t = useTranslations("reader.compareForm");
  const select = "rounded-md border border-stone-300 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-900";
  const options = versions.map((v) => (
    <option key={v.number} value={v.number}>
      {t(v.isCorrection ? "correctionOption" : "option", { number: v.number })}
    </option>
  ));
  return (
    <form method="get" action={`/articles/${slug}/versions/compare`} aria-label={t("label")} className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col gap-1 text-sm">
        {t("older")}
        <select name="from" defaultValue={from} className={select}>
          {options}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t("newer")}
        <select name="to" defaultValue={to} className={select}>
          {options}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-900">
        {t("compare")}
      </button>
    </form>
  );
}
