/**
 * Benchmark: the sentence splitter's timing curve for articles of 1,000 to 50,000 lines of each kind of line it
 * treats in its own way (tests/unit/splitSentences.lineKinds.ts; plain prose is the baseline). Linear time shows as
 * a last column near 50 (50 times the lines, 50 times the time). Each figure is the fastest of --runs runs (3) after
 * one warm-up run; a kind stops at the first size whose run takes longer than --stop-after seconds (20), as the
 * quadratic splitter of finding F3 did.
 * Run: npx tsx --expose-gc scripts/bench/splitLineKinds.ts [--runs N] [--stop-after S] [--only <regex on the kind's name>]
 */
import { pathToFileURL } from "node:url";
import { splitSentences } from "../../lib/domain/sentences/splitSentences";
import { LINE_SAMPLES, linesOf } from "../../tests/unit/splitSentences.lineKinds";

const SIZES = [1_000, 2_000, 5_000, 10_000, 20_000, 50_000];

// With --expose-gc, each run starts on a collected heap, so a collection left over from the last run does not count.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

function timeOnce(text: string): number {
  collect();
  const started = performance.now();
  splitSentences(text);
  return performance.now() - started;
}

/** One printable line per kind of line: milliseconds at each size, and the growth from the first size to the last. */
export function benchSplitLineKinds(options: { runs?: number; stopAfterMs?: number; only?: RegExp } = {}): string[] {
  const { runs = 3, stopAfterMs = 20_000, only = /./ } = options;
  const header = `${"kind of line".padEnd(28)}${SIZES.map((n) => `${n.toLocaleString("en")} lines`.padStart(14)).join("")}   growth`;
  const lines = [header];
  for (const sample of LINE_SAMPLES.filter((s) => only.test(s.name))) {
    for (let i = 0; i < 3; i++) timeOnce(linesOf(sample, SIZES[0]!)); // compiled and warm
    const times: number[] = [];
    for (const n of SIZES) {
      const text = linesOf(sample, n);
      let best = timeOnce(text);
      for (let i = 1; i < runs && best <= stopAfterMs; i++) best = Math.min(best, timeOnce(text));
      times.push(best);
      if (best > stopAfterMs) break;
    }
    const cells = SIZES.map((_, i) => (times[i] === undefined ? "stopped" : `${times[i]!.toFixed(1)} ms`).padStart(14));
    const growth = times.length === SIZES.length ? `${(times.at(-1)! / times[0]!).toFixed(0)}×` : "—";
    lines.push(`${sample.name.padEnd(28)}${cells.join("")}   ${growth}`);
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const option = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const runs = Number(option("--runs") ?? 3);
  const stopAfterMs = 1000 * Number(option("--stop-after") ?? 20);
  const only = option("--only");
  for (const line of benchSplitLineKinds({ runs, stopAfterMs, only: only ? new RegExp(only) : undefined })) console.log(line);
}
