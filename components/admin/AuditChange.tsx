const MAX_VALUE_LENGTH = 80;
const MAX_LINES = 6;

type ChangeLine = { key: string | null; text: string };

/**
 * What one audit entry changed, as plain text lines: for two objects, the keys recorded afterwards whose values
 * differ ("status: new → signed_off"); for a creation or deletion, the values recorded; else "before → after".
 * Keys only in `before` are not listed: some verbs record the whole row they read, and only the fields they wrote.
 */
export function describeChange(before: unknown, after: unknown): ChangeLine[] {
  if (isRecord(before) && isRecord(after)) {
    return Object.keys(after)
      .filter((key) => !sameValue(before[key], after[key]))
      .map((key) => ({ key, text: `${formatValue(before[key])} → ${formatValue(after[key])}` }));
  }
  if (isNone(before) && isRecord(after)) return listValues(after);
  if (isRecord(before) && isNone(after)) return listValues(before);
  if (isNone(before) && isNone(after)) return [];
  if (isNone(before)) return [{ key: null, text: formatValue(after) }];
  return [{ key: null, text: `${formatValue(before)} → ${formatValue(after)}` }];
}

/** The change of one audit entry, compact; values are rendered as text only, never as markup. */
export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  const lines = describeChange(before, after);
  if (lines.length === 0) {
    return <span className="text-stone-600">{isNone(before) && isNone(after) ? "No details recorded" : "No recorded field changed"}</span>;
  }
  const shown = lines.slice(0, MAX_LINES);
  const label = isNone(before) && !isNone(after) ? "Recorded" : !isNone(before) && isNone(after) ? "Removed" : null;
  return (
    <div className="flex flex-col gap-0.5">
      {label ? <span className="text-xs font-medium uppercase tracking-wide text-stone-600">{label}</span> : null}
      <ul className="flex flex-col gap-0.5">
        {shown.map((line, i) => (
          <li key={line.key ?? i} className="break-words">
            {line.key !== null ? <span className="font-medium">{line.key}: </span> : null}
            {line.text}
          </li>
        ))}
        {lines.length > shown.length ? <li className="text-stone-600">and {lines.length - shown.length} more</li> : null}
      </ul>
    </div>
  );
}

function listValues(record: Record<string, unknown>): ChangeLine[] {
  return Object.entries(record).map(([key, value]) => ({ key, text: formatValue(value) }));
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "(none)";
  if (value === "") return "(empty)";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  // By code point, so an emoji is never cut in half.
  const characters = Array.from(text.replace(/\s+/g, " ").trim());
  return characters.length > MAX_VALUE_LENGTH ? `${characters.slice(0, MAX_VALUE_LENGTH - 1).join("")}…` : characters.join("");
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isNone(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}
