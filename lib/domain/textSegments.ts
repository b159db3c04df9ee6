/** A highlighted range of a text. */
export type Span = { id: string; start: number; end: number };

/** A run of text covered by the same set of spans. */
export type Segment = { start: number; end: number; text: string; spanIds: string[] };

/** A paragraph (one line of the text) and its segments. */
export type Paragraph = { start: number; end: number; segments: Segment[] };

/** A part of a text, `text.slice(start, end)`. */
export type TextRange = { start: number; end: number };

/**
 * Cuts a text (or its part `range`, which should begin and end at line breaks) into paragraphs (at line breaks,
 * blank lines dropped) and each paragraph into segments at every span boundary, so overlapping spans can be rendered
 * as nested highlights. Time: the range's length and the spans, plus a sort of their boundaries.
 */
export function segmentText(text: string, spans: readonly Span[], range: TextRange = { start: 0, end: text.length }): Paragraph[] {
  const from = Math.max(0, Math.min(range.start, text.length));
  const to = Math.max(from, Math.min(range.end, text.length));
  const boundaries = new Map<number, { opens: string[]; closes: string[] }>();
  const at = (i: number) => {
    let b = boundaries.get(i);
    if (!b) boundaries.set(i, (b = { opens: [], closes: [] }));
    return b;
  };
  for (const span of spans) {
    const start = Math.max(from, Math.min(span.start, to));
    const end = Math.max(start, Math.min(span.end, to));
    if (end === start) continue;
    at(start).opens.push(span.id);
    at(end).closes.push(span.id);
  }
  for (let i = text.indexOf("\n", from); i !== -1 && i < to; i = text.indexOf("\n", i + 1)) {
    at(i);
    at(i + 1);
  }
  at(from);
  at(to);

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

/**
 * Cuts a text into ranges of whole lines, each of at most `maxLines` lines and `maxCharacters` characters (a longer
 * line is a range of its own), in order and covering the whole text: a long text is rendered a range at a time.
 */
export function textRanges(text: string, maxLines: number, maxCharacters: number): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  while (start < text.length) {
    let end = start;
    for (let lines = 0; lines < maxLines && end < text.length; lines++) {
      const lineBreak = text.indexOf("\n", end);
      const next = lineBreak === -1 ? text.length : lineBreak + 1;
      if (lines > 0 && next - start > maxCharacters) break;
      end = next;
    }
    ranges.push({ start, end });
    start = end;
  }
  return ranges;
}
