// CLI: split an article read from stdin into sentences and score each claim-like one.
// Run: npm run -s split -- --json < article.txt
import { pathToFileURL } from "node:url";
import { SCORED_LANGUAGES, hasCheckWorthinessModel } from "../lib/domain/checkWorthiness/languageModels";
import { DEFAULT_SUGGESTION_THRESHOLD, suggestClaimsInLanguage, type ClaimSuggestion } from "../lib/domain/claimSuggestions";

/** Largest input accepted, in bytes. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

export const USAGE = `Usage: npm run -s split -- [--json] [--lang <code>] [--threshold <0..1>] < article.txt

Splits an article (UTF-8 text on stdin, at most 2 MB) into sentences and scores each
claim-like sentence for check-worthiness. Links, promotions, photo credits, bylines,
datelines and headings are recognised and left out. Posts (tweets, one a line) are
recognised too: each line offers its sentences, scored by the whole post.

  --json             print a JSON array of {"start","end","text","score"} in document order;
                     start/end are JavaScript string (UTF-16) indices into the decoded input
                     (a byte-order mark, if any, is kept and counts as index 0), and
                     text === input.slice(start, end)
  --lang <code>      the text's language, one of ${SCORED_LANGUAGES.join(", ")} (the languages with a
                     check-worthiness model); detected when absent. Text in a detected language
                     without a model is listed with score 0 (a note on stderr says so)
  --threshold <x>    only sentences scoring at least x (default 0: all claim-like sentences;
                     the app offers sentences from its language model's own threshold up for
                     one-click acceptance, ${DEFAULT_SUGGESTION_THRESHOLD} for English articles; * marks them)
  -h, --help         show this help

Without --json, prints the sentences ranked by score, highest first.
Exit codes: 0 ok; 1 unexpected failure; 2 bad usage or unusable input (binary, not UTF-8, over 2 MB).
`;

/** Bad usage or unusable input: reported on stderr with exit code 2. */
export class InputError extends Error {}

export type Options = { json: boolean; threshold: number; lang?: string };

/** Parses argv (without node and script); throws InputError on anything unknown. */
export function parseArgs(args: readonly string[]): Options | "help" {
  const options: Options = { json: false, threshold: 0 };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "-h" || arg === "--help") return "help";
    if (arg === "--json") options.json = true;
    else if (arg === "--threshold" || arg.startsWith("--threshold=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[++i];
      const threshold = Number(value);
      if (value === undefined || value.trim() === "" || !(threshold >= 0 && threshold <= 1)) {
        throw new InputError(`--threshold needs a number between 0 and 1, got ${JSON.stringify(value ?? "")}`);
      }
      options.threshold = threshold;
    } else if (arg === "--lang" || arg.startsWith("--lang=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[++i];
      if (value === undefined || !hasCheckWorthinessModel(value)) {
        throw new InputError(
          `--lang needs a language with a check-worthiness model (${SCORED_LANGUAGES.join(", ")}), got ${JSON.stringify(value ?? "")}`,
        );
      }
      options.lang = value;
    } else throw new InputError(`unknown argument ${JSON.stringify(arg)}`);
  }
  return options;
}

/** Reads all of stdin (draining past the limit so the writer never sees a broken pipe); null if over the limit. */
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

/** Decodes UTF-8 text exactly (keeping a byte-order mark), or throws InputError for binary or invalid input. */
export function decodeInput(bytes: Buffer | null): string {
  if (bytes === null) {
    throw new InputError(`input is larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit (${MAX_INPUT_BYTES} bytes)`);
  }
  if (bytes.includes(0)) throw new InputError("input looks binary (it contains NUL bytes); expected UTF-8 text");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError("input is not valid UTF-8 text");
  }
}

/** The ranked, human-readable listing; `offeredFrom`: the score from which the app offers a sentence of this text. */
export function formatRanked(suggestions: readonly ClaimSuggestion[], inputWasBlank: boolean, offeredFrom: number = DEFAULT_SUGGESTION_THRESHOLD): string {
  if (inputWasBlank) return "No input: nothing to split.\n";
  if (suggestions.length === 0) return "No claim-like sentences found.\n";
  const ranked = suggestions
    .map((s, order) => ({ ...s, order }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const lines = ranked.map((s) => `${s.score >= offeredFrom ? "*" : " "} ${s.score.toFixed(3)}  ${s.text}`);
  return `${lines.join("\n")}\n\n${ranked.length} sentences; * = offered as a claim (score ≥ ${offeredFrom}).\n`;
}

export type CliResult = { code: number; stdout: string; stderr: string };

/** The whole CLI without process I/O: `args` without node and script; `input` is stdin (null if over the limit). */
export async function runSplitCli(args: readonly string[], readInput: () => Promise<Buffer | null>): Promise<CliResult> {
  let options: Options | "help";
  try {
    options = parseArgs(args);
  } catch (error) {
    return { code: 2, stdout: "", stderr: `split: ${(error as Error).message}\n\n${USAGE}` };
  }
  if (options === "help") return { code: 0, stdout: USAGE, stderr: "" };
  let text: string;
  try {
    text = decodeInput(await readInput());
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { code: 2, stdout: "", stderr: `split: ${error.message}\n` };
  }
  const { suggestions, language, scored, suggestAt } = suggestClaimsInLanguage(text, { threshold: options.threshold, lang: options.lang });
  const stdout = options.json
    ? `${JSON.stringify(suggestions, null, 2)}\n`
    : formatRanked(suggestions, text.trim() === "", suggestAt ?? DEFAULT_SUGGESTION_THRESHOLD);
  const stderr = scored ? "" : `split: no check-worthiness model for the detected language (${language}); every sentence has score 0\n`;
  return { code: 0, stdout, stderr };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const wantsInput = !args.some((a) => a === "-h" || a === "--help");
  if (wantsInput && process.stdin.isTTY) process.stderr.write("split: reading the article from stdin (end with Ctrl-D)…\n");
  try {
    const result = await runSplitCli(args, readStdin);
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.code;
  } catch (error) {
    process.stderr.write(`split: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
