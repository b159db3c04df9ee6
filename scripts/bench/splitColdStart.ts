/**
 * Benchmark: cold start of the `split` command — a whole process (`node --import tsx scripts/split.ts --json`) on a
 * 20,000-word article versus a one-line article. The difference is what a long article costs a fresh process
 * (unoptimised first runs of the splitter and scorer, a larger heap, more output). Budget: extra ≤ 100 ms.
 * Runs alternate between the two inputs so machine load affects both alike; besides wall time, the child's CPU time
 * (user + system, from /usr/bin/time when present) is reported, which a busy machine inflates far less.
 * Run: npx tsx scripts/bench/splitColdStart.ts [--runs N]
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildLongArticle } from "./splitScore";
import { formatTiming, type Timing } from "./timing";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ONE_LINE = "Unemployment fell to 3.5 percent last year, the lowest rate in fifty years.\n";
const BUDGET_MS = 100;

const TIME = "/usr/bin/time";
const CPU_MARK = "split-cpu-seconds";

/** Runs one `split` process on `input`; wall time and, when /usr/bin/time exists, CPU time, in milliseconds. */
function runOnce(input: string): { wall: number; cpu: number | null } {
  const command = [process.execPath, "--import", "tsx", "scripts/split.ts", "--json"];
  const withTime = existsSync(TIME);
  const [file, ...args] = withTime ? [TIME, "-f", `${CPU_MARK} %U %S`, ...command] : command;
  const started = performance.now();
  const result = spawnSync(file ?? process.execPath, args, { cwd: ROOT, input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const wall = performance.now() - started;
  if (result.status !== 0) throw new Error(`split exited ${result.status}: ${result.stderr}`);
  const cpu = new RegExp(`${CPU_MARK} ([\\d.]+) ([\\d.]+)`).exec(result.stderr);
  return { wall, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null };
}

function summarise(timings: number[]): Timing {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

/** Times whole `split` processes on a one-line and a 20,000-word article; returns printable result lines. */
export async function benchSplitColdStart(runs = 10): Promise<string[]> {
  const article = buildLongArticle();
  runOnce(ONE_LINE); // warm the file-system cache and tsx's transform cache
  runOnce(article);
  const short: number[] = [];
  const long: number[] = [];
  const extra: number[] = [];
  const cpuExtra: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = runOnce(ONE_LINE);
    const l = runOnce(article);
    short.push(s.wall);
    long.push(l.wall);
    extra.push(l.wall - s.wall);
    if (s.cpu !== null && l.cpu !== null) cpuExtra.push(l.cpu - s.cpu);
  }
  const lines = [
    formatTiming("split process, one-line article (wall)", summarise(short)),
    formatTiming("split process, 20,000-word article (wall)", summarise(long)),
    formatTiming("cold extra for the long article, wall (paired differences)", summarise(extra), BUDGET_MS),
  ];
  if (cpuExtra.length > 0) {
    lines.push(formatTiming("cold extra for the long article, CPU user+sys (paired differences)", summarise(cpuExtra), BUDGET_MS));
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const k = process.argv.indexOf("--runs");
  for (const line of await benchSplitColdStart(k >= 0 ? Number(process.argv[k + 1]) : 10)) console.log(line);
}
