/**
 * A verdict label beside a square in its scale colour. The label is in the text colour, so it stays readable
 * (≥ 4.5:1) whatever colour the newsroom chose, in light and dark; the colour only repeats what the label says.
 */
export function VerdictBadge({ label, colour }: { label: string; colour: string }) {
  return (
    <span
      className="inline-flex items-center gap-1.5 rounded-full border-2 bg-white px-2.5 py-0.5 text-sm font-semibold text-stone-900 dark:bg-stone-900 dark:text-stone-100"
      style={{ borderColor: colour }}
    >
      <span aria-hidden className="size-2.5 rounded-sm print:[print-color-adjust:exact]" style={{ backgroundColor: colour }} />
      {label}
    </span>
  );
}
