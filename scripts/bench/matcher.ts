/**
 * Benchmark: the claim matcher over the 10,373-claim CLEF-2020 archive: building the index, and matching one claim
 * (a tweet from the lab's train queries) against it, re-ranking included.
 * Budgets: build ≤ 2 s; one match ≤ 20 ms median.
 * Run: npx tsx scripts/bench/matcher.ts   (MATCHER_DATA=dir overrides ../shared/datasets/clef2020-claim-retrieval)
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ClaimMatcher } from "../../lib/domain/claimMatching";
import { parseArchive, parseQueries } from "../claimRetrievalData";
import { formatTiming, timeAsync } from "./timing";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DATA = process.env.MATCHER_DATA ?? path.join(REPO_ROOT, "../shared/datasets/clef2020-claim-retrieval");

/** Times building the index and matching single claims; returns printable result lines. */
export async function benchMatcher(): Promise<string[]> {
  const archiveFile = path.join(DATA, "verified-claims.tsv");
  const queriesFile = path.join(DATA, "train-queries.tsv");
  if (!existsSync(archiveFile) || !existsSync(queriesFile)) {
    return [`claim matcher: not measured, no archive at ${archiveFile} (set MATCHER_DATA)`];
  }
  const archive = parseArchive(readFileSync(archiveFile, "utf8"));
  const queries = parseQueries(readFileSync(queriesFile, "utf8"));
  const lines = [`archive: ${archive.length.toLocaleString("en")} claims; queries: ${queries.length} tweets, cycled`];
  // CPU time beside wall time: on a shared machine the wall clock also counts other processes' turns.
  let cpu = 0;
  const build = () => {
    const started = process.cpuUsage();
    const built = new ClaimMatcher(archive);
    cpu += process.cpuUsage(started).user / 1000;
    return built;
  };
  const builds = { warmup: 1, runs: 7 };
  lines.push(formatTiming("build the index", await timeAsync(build, builds), 2000));
  lines.push(`build the index: mean CPU time ${(cpu / (builds.warmup + builds.runs)).toFixed(0)} ms (user time of the process)`);
  const matcher = new ClaimMatcher(archive);
  let next = 0;
  const matchOne = () => matcher.match(queries[next++ % queries.length]?.text ?? "", { top: 5 });
  lines.push(formatTiming("match one claim (top 5)", await timeAsync(matchOne, { warmup: 20, runs: 400 }), 20));
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchMatcher()) console.log(line);
}
