// CLI: rank archived fact-checks for each query (has this claim been checked before?), in the TREC run format.
// Run: npm run -s match -- --archive verified-claims.tsv [--top 5] < queries.tsv
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { ClaimMatcher, type MatchStrength } from "../lib/domain/claimMatching";
import { decodeText, InputError, parseArchive, parseQueries } from "./claimRetrievalData";

/** Largest archive or queries input accepted, in bytes. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export const USAGE = `Usage: npm run -s match -- --archive verified-claims.tsv [--top 5] < queries.tsv

For each query (a claim or a post), ranks the archived fact-checks that most likely check the same claim.

  --archive <file>   the archive: tab-separated UTF-8 with a header line and the columns
                     vclaim_id (or id, or an unnamed first column), vclaim (or claim), title
  --top <n>          matches printed per query (default 5)
  -h, --help         show this help

The queries come on stdin: tab-separated UTF-8 with a header line and the columns
tweet_id (or id, or an unnamed first column), tweet_content (or text). Fields may be quoted ("…", "" for a quote).

Prints one TREC run line per match, best first within each query, queries in input order:
  query_id<TAB>Q0<TAB>claim_id<TAB>rank<TAB>score<TAB>strength
The score orders the matches of one query. The strength is what the app shows: "strong" (very likely the same
claim: only ever a query's first match) or "possible".
Exit codes: 0 ok; 1 unexpected failure; 2 bad usage or unusable input (missing file, wrong columns, binary).
`;

export type Options = { archive: string; top: number };

/** Parses argv (without node and script); throws InputError on anything unknown or missing. */
export function parseArgs(args: readonly string[]): Options | "help" {
  let archive: string | undefined;
  let top = 5;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "-h" || arg === "--help") return "help";
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (name === "--archive" || name === "--top") {
      const value = inline ?? args[++i];
      if (value === undefined || value.trim() === "") throw new InputError(`${name} needs a value`);
      if (name === "--archive") archive = value;
      else {
        top = Number(value);
        if (!Number.isInteger(top) || top < 1 || top > 10_000) {
          throw new InputError(`--top needs a whole number from 1 to 10000, got ${JSON.stringify(value)}`);
        }
      }
    } else throw new InputError(`unknown argument ${JSON.stringify(arg)}`);
  }
  if (archive === undefined) throw new InputError("--archive <file> is required");
  return { archive, top };
}

/** Reads the archive file, turning the file system's complaints into InputErrors that name the file. */
async function readArchiveFile(file: string): Promise<Uint8Array> {
  try {
    const bytes = await readFile(file);
    if (bytes.length > MAX_INPUT_BYTES) throw new InputError(`archive ${file} is larger than the ${MAX_INPUT_BYTES} byte limit`);
    return bytes;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : String(code ?? error);
    throw new InputError(`cannot read the archive ${file}: ${why}`);
  }
}

/** Reads all of stdin (draining past the limit); null if over the limit. */
export async function readStdin(): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size <= MAX_INPUT_BYTES) chunks.push(buffer);
  }
  return size > MAX_INPUT_BYTES ? null : Buffer.concat(chunks);
}

/** One TREC run line, the match's strength in the last column; the score keeps six decimals so the lab's scorer sees the same order. */
export function runLine(queryId: string, claimId: string, rank: number, score: number, strength: MatchStrength): string {
  return `${queryId}\tQ0\t${claimId}\t${rank}\t${score.toFixed(6)}\t${strength}`;
}

export type CliResult = { code: number; stdout: string; stderr: string };

/** The whole CLI without process I/O: `args` without node and script; `readInput` gives stdin (null if too big). */
export async function runMatchCli(args: readonly string[], readInput: () => Promise<Buffer | null>): Promise<CliResult> {
  try {
    const options = parseArgs(args);
    if (options === "help") return { code: 0, stdout: USAGE, stderr: "" };
    const archive = parseArchive(decodeText(await readArchiveFile(options.archive), `archive ${options.archive}`), `archive ${options.archive}`);
    const input = await readInput();
    if (input === null) throw new InputError(`the queries on stdin are larger than the ${MAX_INPUT_BYTES} byte limit`);
    const queries = parseQueries(decodeText(input, "queries (stdin)"), "queries (stdin)");
    const matcher = new ClaimMatcher(archive);
    const lines: string[] = [];
    for (const query of queries) {
      for (const [i, match] of matcher.match(query.text, { top: options.top }).entries()) {
        lines.push(runLine(query.id, match.id, i + 1, match.score, match.strength));
      }
    }
    return { code: 0, stdout: lines.length ? `${lines.join("\n")}\n` : "", stderr: "" };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const usage = /argument|--archive|--top/.test(error.message) ? `\n${USAGE}` : "";
    return { code: 2, stdout: "", stderr: `match: ${error.message}\n${usage}` };
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (!args.some((a) => a === "-h" || a === "--help") && process.stdin.isTTY) {
    process.stderr.write("match: reading the queries from stdin (end with Ctrl-D)…\n");
  }
  try {
    const result = await runMatchCli(args, readStdin);
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.code;
  } catch (error) {
    process.stderr.write(`match: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
