import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { ClaimMatcher } from "@/lib/domain/claimMatching";
import { parseArchive, parseQueries } from "../../scripts/claimRetrievalData";
import { runMatchCli, USAGE } from "../../scripts/match";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIR = mkdtempSync(path.join(tmpdir(), "factdesk-match-"));

// The shared files' shape: an unnamed id column, a quoted field with a newline and doubled quotes.
const ARCHIVE = [
  "\tvclaim\ttitle",
  "0\t122 detainees released from Guantanamo Bay under President Obama returned to terrorism.\tDid 122 Guantanamo Prisoners Return to the Battlefield?",
  "1\tPresident Obama ordered the Guantanamo detention camp closed.\tObama Orders Guantanamo Closed",
  '7\t"Ilhan Omar advised Iran to attack\nTrump hotels, ""thus committing treason""."\tDid Ilhan Omar Give Military Advice to Iran?',
  "12\tRashida Tlaib said Iran was right to attack U.S. bases.\tDid Rashida Tlaib Say Iran Was Right?",
  "",
].join("\n");
const QUERIES = [
  "\ttweet_content",
  "q1\tObama let 122 Gitmo prisoners go and they went back to terrorism https://t.co/x",
  "q2\tIlhan Omar told Iran to hit Trump hotels — treason! — A (@a) January 6, 2020",
  "q3\tnothing in common",
  "",
].join("\n");

function fixture(name: string, content: string | Buffer): string {
  const file = path.join(DIR, name);
  writeFileSync(file, content);
  return file;
}

const archiveFile = fixture("archive.tsv", ARCHIVE);
const namedArchiveFile = fixture("named.tsv", ARCHIVE.replace("\tvclaim\ttitle", "vclaim_id\tvclaim\ttitle"));

type Result = { code: number | null; stdout: string; stderr: string };

/** Runs scripts/match.ts (what `npm run -s match` runs, without npx's and tsx's wrapper processes) with `input` on stdin. */
function runMatch(args: readonly string[], input: string | Buffer): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/match.ts", ...args], { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
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

const RUN_LINE = /^(\S+)\tQ0\t(\S+)\t(\d+)\t(-?\d+\.\d{6})\t(strong|possible)$/;

// Through a real process (what `npm run -s match` runs): two spawns, run concurrently; the rest in-process.
describe.concurrent("match CLI through a real process", { timeout: 180_000 }, () => {
  test("prints TREC run lines, best first per query, queries in input order, and nothing else", async () => {
    const { code, stdout, stderr } = await runMatch(["--archive", archiveFile], QUERIES);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const rows = stdout.trimEnd().split("\n").map((line) => RUN_LINE.exec(line));
    expect(rows.every(Boolean)).toBe(true);
    const byQuery = new Map<string, { claim: string; rank: number; score: number }[]>();
    for (const row of rows) {
      const [, query = "", claim = "", rank = "", score = ""] = row ?? [];
      byQuery.set(query, [...(byQuery.get(query) ?? []), { claim, rank: Number(rank), score: Number(score) }]);
    }
    expect([...byQuery.keys()]).toEqual(["q1", "q2"]);
    expect(byQuery.get("q1")?.[0]?.claim).toBe("0");
    expect(byQuery.get("q2")?.[0]?.claim).toBe("7");
    for (const list of byQuery.values()) {
      expect(list.map((m) => m.rank)).toEqual(list.map((_, i) => i + 1));
      expect(list.map((m) => m.score)).toEqual([...list.map((m) => m.score)].sort((a, b) => b - a));
    }
  });

  test("a missing archive exits 2 with a message naming it", async () => {
    const { code, stdout, stderr } = await runMatch(["--archive", path.join(DIR, "nope.tsv")], QUERIES);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/cannot read the archive .*nope\.tsv: no such file/);
  });

});

describe("match CLI in-process (runMatchCli)", () => {
  const input = (text: string | Buffer | null) => () => Promise.resolve(typeof text === "string" ? Buffer.from(text) : text);

  test("--top limits the lines per query; named id columns work too", async () => {
    const { code, stdout } = await runMatchCli(["--archive", namedArchiveFile, "--top", "1"], input(QUERIES));
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^q1\tQ0\t0\t1\t\S+\t(strong|possible)$/);
    expect(lines[1]).toMatch(/^q2\tQ0\t7\t1\t\S+\t(strong|possible)$/);
  });

  test("the last column is the app's decision: strong for a first match the app calls strong, possible for the rest", async () => {
    // q4 shares one name with an entry, q5 one common word: neither is ever strong.
    const queries = `${QUERIES}q4\tWhat is Iran up to?\nq5\tA president spoke today\n`;
    const { code, stdout } = await runMatchCli(["--archive", archiveFile], input(queries));
    expect(code).toBe(0);
    const matcher = new ClaimMatcher(parseArchive(ARCHIVE));
    const expected = parseQueries(queries).flatMap((q) => matcher.match(q.text).map((m) => `${q.id} ${m.id} ${m.strength}`));
    const printed = stdout.trimEnd().split("\n").map((line) => {
      const [, query, claim, , , strength] = RUN_LINE.exec(line) ?? [];
      return `${query} ${claim} ${strength}`;
    });
    expect(printed).toEqual(expected);
    expect(printed.filter((line) => line.endsWith(" strong"))).toEqual(["q1 0 strong", "q2 7 strong"]);
    expect(printed.some((line) => line.startsWith("q4 "))).toBe(true);
    expect(printed.some((line) => line.startsWith("q5 "))).toBe(true);
  });

  test("a binary archive exits 2", async () => {
    const file = fixture("archive.bin", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
    const { code, stdout, stderr } = await runMatchCli(["--archive", file], input(QUERIES));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/looks binary/);
  });
  test("wrong archive columns exit 2 and say what was expected", async () => {
    const file = fixture("wrong.tsv", "id\tstatement\n1\tsomething\n");
    const { code, stdout, stderr } = await runMatchCli(["--archive", file], input(QUERIES));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/no vclaim or claim column.*expected tab-separated columns/);
  });

  test("wrong query columns, binary or invalid UTF-8 on stdin exit 2", async () => {
    const wrong = await runMatchCli(["--archive", archiveFile], input("id\tbody\n1\thello\n"));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/queries \(stdin\): no tweet_content or text column/);
    const binary = await runMatchCli(["--archive", archiveFile], input(Buffer.from([0x1f, 0x8b, 0x08, 0x00])));
    expect(binary.code).toBe(2);
    expect(binary.stderr).toMatch(/looks binary/);
    const invalid = await runMatchCli(["--archive", archiveFile], input(Buffer.from([0x69, 0x64, 0xff, 0xfe])));
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/not valid UTF-8/);
    const unclosed = await runMatchCli(["--archive", archiveFile], input('id\ttext\n1\t"never closed\n'));
    expect(unclosed.code).toBe(2);
    expect(unclosed.stderr).toMatch(/never closed/);
  });

  test("bad usage exits 2 with the usage; --help prints it", async () => {
    const missing = await runMatchCli([], input(QUERIES));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--archive <file> is required[\s\S]*Usage:/);
    const top = await runMatchCli(["--archive", archiveFile, "--top", "0"], input(QUERIES));
    expect(top.code).toBe(2);
    expect(top.stderr).toMatch(/--top needs a whole number/);
    const unknown = await runMatchCli(["--archive", archiveFile, "--fast"], input(QUERIES));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown argument "--fast"/);
    expect(await runMatchCli(["--help"], input(null))).toEqual({ code: 0, stdout: USAGE, stderr: "" });
  });

  test("an empty queries file prints nothing and succeeds; duplicate archive ids are refused", async () => {
    expect(await runMatchCli(["--archive", archiveFile], input("\ttweet_content\n"))).toEqual({ code: 0, stdout: "", stderr: "" });
    const file = fixture("dupes.tsv", "\tvclaim\ttitle\n1\ta\tb\n1\tc\td\n");
    const dupes = await runMatchCli(["--archive", file], input(QUERIES));
    expect(dupes.code).toBe(2);
    expect(dupes.stderr).toMatch(/id "1" appears twice/);
  });
});
