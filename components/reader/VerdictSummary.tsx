import { useTranslations } from "next-intl";
import { languageAttributes } from "@/lib/domain/languages";
import type { VerdictCount } from "@/lib/domain/readerClaims";

/** How many claims got each verdict: a stacked bar for the eye, and the same numbers as a list. */
export function VerdictSummary({ counts }: { counts: VerdictCount[] }) {
  const t = useTranslations("reader.verdictSummary");
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return (
    <section aria-labelledby="verdict-summary-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
      <h2 id="verdict-summary-heading" className="text-xl font-semibold">
        {t("heading", { count: total })}
      </h2>
      {total > 0 ? (
        <>
          {/* The list below says the same in words; the bar is for the eye only. Each part's tooltip is in its verdict's language. */}
          <div aria-hidden className="flex h-4 w-full gap-0.5 overflow-hidden rounded print:[print-color-adjust:exact]">
            {counts.map((c) => (
              <span
                key={c.label}
                {...languageAttributes(c.language)}
                title={`${c.count} ${c.label}`}
                className="h-full"
                style={{ flexGrow: c.count, flexBasis: 0, backgroundColor: c.colour }}
              />
            ))}
          </div>
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
            {counts.map((c) => (
              <li key={c.label} className="flex items-center gap-1.5">
                <span aria-hidden className="size-3 shrink-0 rounded-sm print:[print-color-adjust:exact]" style={{ backgroundColor: c.colour }} />
                <span>
                  <strong className="font-semibold">{c.count}</strong> <span {...languageAttributes(c.language)}>{c.label}</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="text-sm text-stone-700 dark:text-stone-300">{t("noneRated")}</p>
      )}
    </section>
  );
}
