// One sample of every kind of line the sentence splitter treats in its own way, repeated to make long articles: shared
// by the linear-time test (splitSentencesLinear.test.ts) and the timing curve (scripts/bench/splitLineKinds.ts).
import type { SentenceKind } from "../../lib/domain/sentences/splitSentences";

/** A line repeated `n` times makes an article of n lines; `kinds` are the kinds of the spans one line gives. */
export type LineSample = { name: string; line: string; kinds: readonly SentenceKind[] };

const NO_FULL_STOP = "The council said the new bicycle lanes had cut the number of accidents on the main road by almost a third";

export const LINE_SAMPLES: readonly LineSample[] = [
  { name: "prose", line: "The mayor said unemployment fell to 3.5 percent. Officials disputed it.", kinds: ["sentence", "sentence"] },
  // Long enough not to read as a heading, and no sentence terminator in the line.
  { name: "prose without a full stop", line: NO_FULL_STOP, kinds: ["sentence"] },
  { name: "prose after a dateline", line: `WASHINGTON (AP) — ${NO_FULL_STOP}`, kinds: ["dateline", "sentence"] },
  { name: "bullet '- '", line: "- x", kinds: ["bullet"] },
  { name: "bullet '* '", line: "* x", kinds: ["bullet"] },
  { name: "bullet '• '", line: "• x", kinds: ["bullet"] },
  { name: "bullet '➤ '", line: "➤ x", kinds: ["bullet"] },
  { name: "bullet '– '", line: "– x", kinds: ["bullet"] },
  { name: "numbered '1) '", line: "1) x", kinds: ["bullet"] },
  { name: "numbered '1. '", line: "1. x", kinds: ["bullet"] },
  { name: "numbered '(12) '", line: "(12) x", kinds: ["bullet"] },
  { name: "lettered 'a) '", line: "a) x", kinds: ["bullet"] },
  { name: "lettered '(b) '", line: "(b) x", kinds: ["bullet"] },
  { name: "lettered 'C) '", line: "C) x", kinds: ["bullet"] },
  { name: "bullet with a statement", line: "- The mayor said unemployment fell to 3.5 percent", kinds: ["bullet"] },
  { name: "Markdown heading", line: "## x", kinds: ["heading"] },
  { name: "short heading", line: "Bicycle lanes in the city", kinds: ["heading"] },
  { name: "link", line: "https://example.com/news/bicycle-lanes", kinds: ["url"] },
  { name: "promotion", line: "Subscribe to our newsletter", kinds: ["promotion"] },
  { name: "credit", line: "Photo: Jane Doe/AP", kinds: ["credit"] },
  { name: "byline", line: "By Jane Doe", kinds: ["byline"] },
  { name: "date line", line: "Published May 3, 2023 10:12am EDT", kinds: ["dateline"] },
  { name: "editor's note", line: "Editor's note: This story was updated.", kinds: ["note"] },
  { name: "separator", line: "***", kinds: ["separator"] },
];

/** `n` copies of the sample's line, one a line. */
export function linesOf(sample: LineSample, n: number): string {
  return `${sample.line}\n`.repeat(n);
}

/** Pieces repeated within one line (no line break at all): a long line is split in one pass too. */
export const IN_LINE_SAMPLES: readonly { name: string; piece: string }[] = [
  { name: "one line of words", piece: "bicycle " },
  { name: "one line of short sentences", piece: "They rode. " },
  { name: "one line of abbreviations", piece: "Mr. A. B. U.S. " },
  { name: "one line of quoted questions", piece: "“Why?” he asked. " },
  { name: "one line of ellipses", piece: "and so … " },
];
