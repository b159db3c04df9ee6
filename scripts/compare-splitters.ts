// Measures sentence-splitting accuracy on the unit-test table: Factdesk's own splitter vs Intl.Segmenter vs sbd.
// Run: npx tsx scripts/compare-splitters.ts
import { pathToFileURL } from "node:url";
import sbd from "sbd";
import { splitSentences, splitSentencesWith, type SentenceEndsFinder } from "../lib/domain/sentences/splitSentences";
import { expectedText, SPLIT_CASES } from "../tests/unit/splitSentences.cases";

type Splitter = { name: string; split: (text: string) => string[] };

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Sentence ends inside a line according to Intl.Segmenter. */
const intlEnds: SentenceEndsFinder = (text, from, to) => {
  const ends: number[] = [];
  for (const { index } of segmenter.segment(text.slice(from, to))) if (index > 0) ends.push(from + index);
  return ends;
};

/** Sentence ends inside a line according to sbd (which returns strings: located again in the line). */
const sbdEnds: SentenceEndsFinder = (text, from, to) => {
  const ends: number[] = [];
  let cursor = from;
  for (const sentence of sbd.sentences(text.slice(from, to), { preserve_whitespace: true })) {
    const trimmed = sentence.trim();
    const at = text.indexOf(trimmed, cursor);
    if (at < 0 || at + trimmed.length > to) break;
    cursor = at + trimmed.length;
    ends.push(cursor);
  }
  ends.pop(); // the last sentence ends at the end of the line
  return ends;
};

const nonEmptyTrimmed = (parts: Iterable<string>) => [...parts].map((p) => p.trim()).filter((p) => p !== "");

const SPLITTERS: readonly Splitter[] = [
  { name: "own splitter (lib/domain/sentences)", split: (t) => splitSentences(t).map((s) => s.text) },
  {
    name: "Intl.Segmenter, whole text",
    split: (t) => nonEmptyTrimmed([...segmenter.segment(t)].map((s) => s.segment)),
  },
  {
    name: "sbd, whole text (newline_boundaries)",
    split: (t) => nonEmptyTrimmed(sbd.sentences(t, { newline_boundaries: true, preserve_whitespace: true })),
  },
  { name: "own line handling + Intl.Segmenter", split: (t) => splitSentencesWith(t, intlEnds).map((s) => s.text) },
  { name: "own line handling + sbd", split: (t) => splitSentencesWith(t, sbdEnds).map((s) => s.text) },
];

/** How many expected sentences appear exactly in `actual` (each actual sentence matches at most once). */
function countExact(expected: readonly string[], actual: readonly string[]): number {
  const remaining = new Map<string, number>();
  for (const a of actual) remaining.set(a, (remaining.get(a) ?? 0) + 1);
  let hits = 0;
  for (const e of expected) {
    const left = remaining.get(e) ?? 0;
    if (left > 0) {
      hits++;
      remaining.set(e, left - 1);
    }
  }
  return hits;
}

/** Scores every splitter on the table; returns printable lines (and the failures when `verbose`). */
export function compareSplitters(verbose = false): string[] {
  const total = SPLIT_CASES.reduce((n, c) => n + c.expected.length, 0);
  const lines = [`${SPLIT_CASES.length} cases, ${total} expected sentences/lines (exact text match)`];
  for (const splitter of SPLITTERS) {
    let hits = 0;
    let perfectCases = 0;
    const misses: string[] = [];
    for (const c of SPLIT_CASES) {
      const expected = c.expected.map(expectedText);
      const actual = splitter.split(c.input);
      const caseHits = countExact(expected, actual);
      hits += caseHits;
      if (caseHits === expected.length && actual.length === expected.length) perfectCases++;
      else misses.push(`    ✗ ${c.name}: ${JSON.stringify(actual).slice(0, 240)}`);
    }
    const pct = ((100 * hits) / total).toFixed(1);
    lines.push(`${splitter.name.padEnd(40)} ${hits}/${total} sentences (${pct}%), ${perfectCases}/${SPLIT_CASES.length} cases exact`);
    if (verbose) lines.push(...misses);
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of compareSplitters(process.argv.includes("--verbose"))) console.log(line);
}
