import { useTranslations } from "next-intl";
import { languageAttributes } from "@/lib/domain/languages";
import { MAX_SEARCH_CHARACTERS } from "@/lib/domain/limits";
import type { PublicSearchResult } from "@/lib/services/publishing/publicSearchDto";

/**
 * Readers' search box and verdict filter: a plain GET form, so it works without JavaScript. Each verdict is offered in
 * the newsroom's words, marked with their language (an English scale's "False" on a Spanish page is read as English).
 */
export function PublicSearchForm({ query, verdict, verdictOptions }: { query: string; verdict: string | null; verdictOptions: PublicSearchResult["verdictOptions"] }) {
  const t = useTranslations("reader.searchForm");
  const field = "rounded-md border border-stone-300 bg-white px-3 py-1.5 dark:border-stone-600 dark:bg-stone-900";
  return (
    <form method="get" action="/search" role="search" aria-label={t("label")} className="flex flex-wrap items-end gap-3">
      <label className="flex min-w-64 grow flex-col gap-1 text-sm">
        {t("query")}
        <input type="search" name="q" defaultValue={query} maxLength={MAX_SEARCH_CHARACTERS} className={field} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t("verdict")}
        <select name="verdict" defaultValue={verdict ?? ""} className={field}>
          <option value="">{t("anyVerdict")}</option>
          {verdictOptions.map(({ label, language }) => (
            <option key={label} value={label} {...languageAttributes(language)}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-blue-800 px-4 py-1.5 text-sm font-medium text-white hover:bg-blue-900">
        {t("search")}
      </button>
    </form>
  );
}
