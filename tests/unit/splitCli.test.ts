import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { MAX_INPUT_BYTES, parseArgs, runSplitCli, USAGE } from "../../scripts/split";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ARTICLE_BYTES = readFileSync(new URL("../fixtures/sample-article-kremlin-drones.txt", import.meta.url));

type Result = { code: number | null; stdout: string; stderr: string };
type Suggestion = { start: number; end: number; text: string; score: number };

/** Runs scripts/split.ts (what `npm run -s split` runs, without npx's and tsx's wrapper processes) with `input` on stdin. */
function runSplit(args: readonly string[], input: string | Buffer): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/split.ts", ...args], { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.on("error", () => {}); // the CLI may finish before all input is written
    child.stdin.end(input);
  });
}

// End-to-end through a real process: a few spawns, run concurrently.
describe.concurrent("split CLI through a real process", { timeout: 60_000 }, () => {
  test("--json on the sample article: offsets, order, non-claim lines left out", async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]); // a byte-order mark must not shift offsets
    const { code, stdout, stderr } = await runSplit(["--json"], Buffer.concat([bom, ARTICLE_BYTES]));
    expect(stderr).not.toMatch(/unexpected/);
    expect(code).toBe(0);
    const input = Buffer.concat([bom, ARTICLE_BYTES]).toString("utf8");
    const suggestions = JSON.parse(stdout) as Suggestion[];
    expect(suggestions).toHaveLength(20);
    let previousEnd = 0;
    for (const s of suggestions) {
      expect(Object.keys(s).sort()).toEqual(["end", "score", "start", "text"]);
      expect(s.text).toBe(input.slice(s.start, s.end));
      expect(s.text).not.toMatch(/\n/);
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
      previousEnd = s.end;
    }
    expect(suggestions.map((s) => s.text).join("\n")).not.toMatch(/https:|CLICK HERE/);
  });

  test("empty input prints []", async () => {
    const { code, stdout } = await runSplit(["--json"], "");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  test("binary input (NUL bytes) exits 2 with a message", async () => {
    const { code, stdout, stderr } = await runSplit(["--json"], Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/binary.*NUL/);
  });

  test("oversized input exits 2 and names the limit", async () => {
    const { code, stdout, stderr } = await runSplit(["--json"], Buffer.alloc(2 * 1024 * 1024 + 1, "a"));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/larger than the 2 MB limit/);
  });

});

describe("split CLI in-process (runSplitCli)", () => {
  const input = (bytes: Buffer | string | null) => () => Promise.resolve(typeof bytes === "string" ? Buffer.from(bytes) : bytes);

  test("readable output is ranked by score", async () => {
    const { code, stdout } = await runSplitCli([], input(ARTICLE_BYTES));
    expect(code).toBe(0);
    const scores = [...stdout.matchAll(/^[* ] (\d\.\d{3}) {2}\S/gm)].map((m) => Number(m[1]));
    expect(scores).toHaveLength(20);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test("empty input without --json says so", async () => {
    expect(await runSplitCli([], input(" \n"))).toEqual({ code: 0, stdout: "No input: nothing to split.\n", stderr: "" });
  });

  test("invalid UTF-8 exits 2 with a message", async () => {
    const { code, stderr } = await runSplitCli(["--json"], input(Buffer.from([0x48, 0x69, 0xff, 0xfe, 0x2e])));
    expect(code).toBe(2);
    expect(stderr).toMatch(/not valid UTF-8/);
  });

  test("over-limit input (null from the reader) exits 2", async () => {
    const { code, stderr } = await runSplitCli(["--json"], input(null));
    expect(code).toBe(2);
    expect(stderr).toContain(`${MAX_INPUT_BYTES} bytes`);
  });

  test("unknown flags and bad thresholds print usage on stderr and exit 2; --help prints usage", async () => {
    const unknown = await runSplitCli(["--bogus"], input(""));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown argument "--bogus"[\s\S]*Usage:/);
    const bad = await runSplitCli(["--threshold", "2"], input(""));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--threshold needs a number between 0 and 1/);
    const help = await runSplitCli(["--json", "--help"], input(null));
    expect(help).toEqual({ code: 0, stdout: USAGE, stderr: "" });
  });

  test("--threshold filters the JSON output", async () => {
    const all = JSON.parse((await runSplitCli(["--json"], input(ARTICLE_BYTES))).stdout) as Suggestion[];
    const cut = all.map((s) => s.score).sort((a, b) => a - b)[10] ?? 0;
    const some = JSON.parse((await runSplitCli(["--json", `--threshold=${cut}`], input(ARTICLE_BYTES))).stdout) as Suggestion[];
    expect(some).toEqual(all.filter((s) => s.score >= cut));
  });

  test("--lang takes a language with a model, in either form; anything else exits 2 and names the choices", async () => {
    expect(parseArgs(["--json", "--lang", "es"])).toEqual({ json: true, threshold: 0, lang: "es" });
    expect(parseArgs(["--lang=ar"])).toEqual({ json: false, threshold: 0, lang: "ar" });
    expect(parseArgs(["--json"])).toEqual({ json: true, threshold: 0 });
    for (const bad of [["--lang", "fr"], ["--lang=EN"], ["--lang"], ["--lang", ""], ["--lang=constructor"]]) {
      const result = await runSplitCli([...bad, "--json"], input("Some text to split."));
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/--lang needs a language with a check-worthiness model \(en, es, ar, bg, nl, tr\)/);
    }
    expect(USAGE).toMatch(/--lang <code>/);
  });

  test("--lang picks the model: the same posts score differently as Spanish and as Turkish", async () => {
    const posts = "El gobierno confirmó 5.000 nuevos casos de COVID-19 en las últimas 24 horas https://t.co/AbCdEf\nLa vacuna tiene una eficacia del 91 por ciento según @minsalud";
    const as = async (lang: string) => JSON.parse((await runSplitCli(["--json", "--lang", lang], input(posts))).stdout) as Suggestion[];
    const [es, tr] = [await as("es"), await as("tr")];
    expect(es.map((s) => s.text)).toEqual(tr.map((s) => s.text));
    expect(es.map((s) => s.score)).not.toEqual(tr.map((s) => s.score));
    // Without --lang the language is detected: Spanish.
    expect(JSON.parse((await runSplitCli(["--json"], input(posts))).stdout)).toEqual(es);
  });

  test("text in a detected language without a model: sentences with score 0 and a note on stderr", async () => {
    const french = "Le gouvernement a annoncé hier 5 000 nouveaux cas dans la région.\nLe ministre a démenti ces chiffres ce matin.";
    const { code, stdout, stderr } = await runSplitCli(["--json", "--threshold", "0.5"], input(french));
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Suggestion[]).map((s) => s.score)).toEqual([0, 0]);
    expect(stderr).toMatch(/no check-worthiness model for the detected language \(fr\)/);
  });
});
