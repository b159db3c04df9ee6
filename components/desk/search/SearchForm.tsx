import { useTranslations } from "next-intl";
import Form from "next/form";
import { MAX_SEARCH_CHARACTERS } from "@/lib/domain/limits";

/** The search page's own box: the query searched, and beside it why it could not be searched for. */
export function SearchForm({ query, error, labelledBy }: { query: string; error: string | null; labelledBy: string }) {
  const t = useTranslations("desk.searchForm");
  return (
    <Form prefetch={false} action="/desk/search" role="search" aria-labelledby={labelledBy} className="flex max-w-2xl flex-col gap-1">
      <label htmlFor="search-query" className="text-sm font-medium">
        {t("label")}
      </label>
      <div className="flex flex-wrap items-start gap-2">
        <input
          // A new query (the header's box, the browser's back button) must show in the box, not the first one.
          key={query}
          id="search-query"
          type="search"
          name="q"
          defaultValue={query}
          maxLength={MAX_SEARCH_CHARACTERS}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "search-error" : undefined}
          className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-700"
        />
        <button type="submit" className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
          {t("submit")}
        </button>
      </div>
      {error ? (
        <p id="search-error" role="alert" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </Form>
  );
}
