/** Median and 95th percentile, in milliseconds, of repeated runs. */
export type Timing = { median: number; p95: number; runs: number };

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** Times `run` (sync or async) `runs` times after `warmup` untimed runs. */
export async function timeAsync(run: () => unknown, { warmup = 5, runs = 30 } = {}): Promise<Timing> {
  const timings: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const started = performance.now();
    await run();
    const elapsed = performance.now() - started;
    if (i >= warmup) timings.push(elapsed);
    await new Promise((resolve) => setImmediate(resolve));
  }
  timings.sort((a, b) => a - b);
  return { median: percentile(timings, 50), p95: percentile(timings, 95), runs };
}

/** One printable line: label, median, p95 and, with a budget, the share of the budget used. */
export function formatTiming(label: string, t: Timing, budgetMs?: number): string {
  const budget = budgetMs ? ` (budget ${budgetMs} ms: median is ${((t.median / budgetMs) * 100).toFixed(0)}% of it)` : "";
  return `${label}: median ${t.median.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms over ${t.runs} runs${budget}`;
}
