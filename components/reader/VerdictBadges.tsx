import { useTranslations } from "next-intl";
import { languageAttributes } from "@/lib/domain/languages";
import type { VerdictCount } from "@/lib/domain/readerClaims";

/** How many claims got each verdict, as small badges whose text says it all (“2 False”); a translated label keeps its language. */
export function VerdictBadges({ verdicts, label }: { verdicts: VerdictCount[]; label?: string }) {
  const t = useTranslations("reader.verdictBadges");
  if (!verdicts.length) return null;
  return (
    <ul aria-label={label ?? t("label")} className="flex flex-wrap gap-2">
      {verdicts.map((v) => (
        <li key={v.label} className="inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs font-semibold text-stone-900 dark:text-stone-100" style={{ borderColor: v.colour }}>
          <span aria-hidden className="size-2 rounded-full" style={{ backgroundColor: v.colour }} />
          {v.count} <span {...languageAttributes(v.language)}>{v.label}</span>
        </li>
      ))}
    </ul>
  );
}
