/**
 * Benchmark: split a 20,000-word article into sentences, and split + score it (claim suggestions).
 * Budget: split + score ≤ 100 ms; split alone ≤ ~30 ms.
 * Run: npx tsx scripts/bench/splitScore.ts
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { suggestClaims } from "../../lib/domain/claimSuggestions";
import { splitSentences } from "../../lib/domain/sentences/splitSentences";
import { formatTiming, timeAsync } from "./timing";

const TARGET_WORDS = 20_000;
const WARMUP = 5;
const RUNS = 30;

// Per-copy substitutions, so the long article is not one text repeated verbatim.
const VARIANTS: readonly (readonly [string, readonly string[]])[] = [
  ["two drones", ["two drones", "three drones", "several drones", "four drones"]],
  ["Wednesday", ["Wednesday", "Monday", "Tuesday", "Thursday", "Friday"]],
  ["NBC News", ["NBC News", "Reuters", "the BBC", "The Associated Press", "CNN"]],
  ["May 9", ["May 9", "May 8", "May 10", "Jan. 7"]],
  ["Michael Horowitz", ["Michael Horowitz", "Dr. Jane Roe", "Gen. John Doe"]],
];

/** The sample article (tests/fixtures), repeated with variations and cut to exactly `words` words. */
export function buildLongArticle(words = TARGET_WORDS): string {
  const sample = readFileSync(new URL("../../tests/fixtures/sample-article-kremlin-drones.txt", import.meta.url), "utf8");
  const copies: string[] = [];
  let count = 0;
  for (let copy = 0; count < words; copy++) {
    let text = sample;
    for (const [from, to] of VARIANTS) text = text.replaceAll(from, to[copy % to.length] ?? from);
    copies.push(text.trimEnd());
    count += text.split(/\s+/).filter(Boolean).length;
  }
  const article = copies.join("\n\n");
  let seen = 0;
  for (const match of article.matchAll(/\S+/g)) {
    if (++seen === words) return article.slice(0, match.index + match[0].length);
  }
  return article;
}

/** Times splitting, and splitting + scoring, a 20,000-word article; returns printable result lines. */
export async function benchSplitScore(): Promise<string[]> {
  const article = buildLongArticle();
  const sentences = splitSentences(article);
  const suggestible = sentences.filter((s) => s.suggestible).length;
  const runs = { warmup: WARMUP, runs: RUNS };
  const lines = [
    `20,000-word article: ${article.length.toLocaleString("en")} chars, ${sentences.length} spans, ${suggestible} suggestible`,
  ];
  lines.push(formatTiming("split only", await timeAsync(() => splitSentences(article), runs), 30));
  try {
    lines.push(formatTiming("split + score", await timeAsync(() => suggestClaims(article, { threshold: 0 }), runs), 100));
  } catch (error) {
    lines.push(`split+score: not measured, the scorer failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchSplitScore()) console.log(line);
}
