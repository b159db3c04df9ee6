import { languageAttributes } from "@/lib/domain/languages";

/**
 * A verdict label beside a square in its scale colour. The label is in the text colour, so it stays readable
 * (≥ 4.5:1) whatever colour the newsroom chose, in light and dark; the colour only repeats what the label says.
 * `tone` fixes light or dark (the admin's preview of both); by default it follows the reader's colour scheme.
 * `lang`: the label's language (a translation's or the scale's own words'), when known: it may not be the page's.
 */
export function VerdictBadge({ label, colour, tone, lang }: { label: string; colour: string; tone?: "light" | "dark"; lang?: string | null }) {
  const surface =
    tone === "dark" ? "bg-stone-900 text-stone-100" : tone === "light" ? "bg-white text-stone-900" : "bg-white text-stone-900 dark:bg-stone-900 dark:text-stone-100";
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full border-2 px-2.5 py-0.5 text-sm font-semibold ${surface}`} style={{ borderColor: colour }} {...languageAttributes(lang)}>
      <span aria-hidden className="size-2.5 rounded-sm print:[print-color-adjust:exact]" style={{ backgroundColor: colour }} />
      {label}
    </span>
  );
}
