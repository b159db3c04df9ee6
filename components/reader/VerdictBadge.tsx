import type { Written } from "@/lib/domain/languages";

/**
 * A verdict label beside a square in its scale colour. The label is in the text colour, so it stays readable
 * (≥ 4.5:1) whatever colour the newsroom chose, in light and dark; the colour only repeats what the label says.
 * `tone` fixes light or dark (the admin's preview of both); by default it follows the reader's colour scheme.
 * `written`: the label's language and direction, when it is in the article's language rather than the page's.
 */
export function VerdictBadge({ label, colour, tone, written = {} }: { label: string; colour: string; tone?: "light" | "dark"; written?: Written }) {
  const surface =
    tone === "dark" ? "bg-stone-900 text-stone-100" : tone === "light" ? "bg-white text-stone-900" : "bg-white text-stone-900 dark:bg-stone-900 dark:text-stone-100";
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full border-2 px-2.5 py-0.5 text-sm font-semibold ${surface}`} style={{ borderColor: colour }} {...written}>
      <span aria-hidden className="size-2.5 rounded-sm print:[print-color-adjust:exact]" style={{ backgroundColor: colour }} />
      {label}
    </span>
  );
}
