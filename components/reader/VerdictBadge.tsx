/** A verdict label in its scale colour, readable without colour too. */
export function VerdictBadge({ label, colour }: { label: string; colour: string }) {
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-semibold" style={{ borderColor: colour, color: colour }}>
      <span aria-hidden className="size-2 rounded-full" style={{ backgroundColor: colour }} />
      {label}
    </span>
  );
}
