/** A highlighted range of a text. */
export type Span = { id: string; start: number; end: number };

/** A run of text covered by the same set of spans. */
export type Segment = { start: number; end: number; text: string; spanIds: string[] };

/** A paragraph (one line of the text) and its segments. */
export type Paragraph = { start: number; end: number; segments: Segment[] };

/**
 * Cuts a text into paragraphs (at line breaks, blank lines dropped) and each paragraph into segments at every
 * span boundary, so overlapping spans can be rendered as nested highlights. Linear in text + spans.
 */
export function segmentText(text: string, spans: readonly Span[]): Paragraph[] {
  const boundaries = new Map<number, { opens: string[]; closes: string[] }>();
  const at = (i: number) => {
    let b = boundaries.get(i);
    if (!b) boundaries.set(i, (b = { opens: [], closes: [] }));
    return b;
  };
  for (const span of spans) {
    const start = Math.max(0, Math.min(span.start, text.length));
    const end = Math.max(start, Math.min(span.end, text.length));
    if (end === start) continue;
    at(start).opens.push(span.id);
    at(end).closes.push(span.id);
  }
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    at(i);
    at(i + 1);
  }
  at(0);
  at(text.length);

  const cuts = [...boundaries.keys()].sort((a, b) => a - b);
  const open = new Set<string>();
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (let k = 0; k < cuts.length; k++) {
    const cut = cuts[k]!;
    const boundary = boundaries.get(cut)!;
    for (const id of boundary.closes) open.delete(id);
    for (const id of boundary.opens) open.add(id);
    const next = cuts[k + 1];
    if (next === undefined) break;
    const piece = text.slice(cut, next);
    if (piece === "\n") {
      current = null;
      continue;
    }
    if (!current) {
      current = { start: cut, end: next, segments: [] };
      paragraphs.push(current);
    }
    current.end = next;
    current.segments.push({ start: cut, end: next, text: piece, spanIds: [...open] });
  }
  return paragraphs.filter((p) => p.segments.some((s) => s.text.trim()));
}
