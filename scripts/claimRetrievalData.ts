// Reading the CLEF-2020 claim-retrieval files (and files in the same format): a tab-separated archive
// (`vclaim_id, vclaim, title`), tab-separated queries (`tweet_id, tweet_content`) and TREC qrels. The shared copies
// were written by pandas, so the id column's header is empty and fields holding tabs, newlines or quotes are quoted.
// Used by the `match` command line, the training script and the benchmark.

import type { ArchiveEntry } from "../lib/domain/claimMatching";

/** Unusable input (missing file, wrong columns, binary): the command line reports it with exit code 2. */
export class InputError extends Error {}

export interface Query {
  readonly id: string;
  readonly text: string;
}

/** Decodes UTF-8 text, refusing binary (NUL bytes) and invalid UTF-8; `what` names the input in messages. */
export function decodeText(bytes: Uint8Array, what: string): string {
  if (bytes.includes(0)) throw new InputError(`${what} looks binary (it contains NUL bytes); expected UTF-8 text`);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${what} is not valid UTF-8 text`);
  }
}

/** Parses tab-separated text into rows; a field starting with `"` is quoted (doubled quotes inside). */
export function parseTsv(text: string, what: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let value = "";
    if (text[i] === '"') {
      const start = i;
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new InputError(`${what}: a quoted field opened at character ${start} is never closed`);
        value += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      // Anything between the closing quote and the next separator is kept, as Python's csv module does.
      while (i < n && text[i] !== "\t" && text[i] !== "\n" && text[i] !== "\r") value += text[i++];
    } else {
      const start = i;
      while (i < n && text[i] !== "\t" && text[i] !== "\n" && text[i] !== "\r") i++;
      value = text.slice(start, i);
    }
    row.push(value);
    if (i >= n) break;
    if (text[i] === "\t") {
      i++;
      if (i >= n) row.push("");
      continue;
    }
    if (text[i] === "\r" && text[i + 1] === "\n") i++;
    i++;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return rows.filter((r) => !(r.length === 1 && r[0] === ""));
}

/** Finds each wanted column (by any of its accepted names) in the header; InputError naming what is missing. */
function columns(header: readonly string[], wanted: Record<string, readonly string[]>, what: string): Record<string, number> {
  const found: Record<string, number> = {};
  const names = header.map((h) => h.trim().toLowerCase());
  for (const [key, accepted] of Object.entries(wanted)) {
    const at = names.findIndex((name) => accepted.includes(name));
    if (at < 0) {
      const expected = Object.values(wanted)
        .map((a) => a.filter(Boolean).join(" or "))
        .join(", ");
      throw new InputError(
        `${what}: no ${accepted.filter(Boolean).join(" or ")} column in the header line ` +
          `(found ${JSON.stringify(header.join("\t"))}; expected tab-separated columns ${expected})`,
      );
    }
    found[key] = at;
  }
  return found;
}

function rowsWithHeader(text: string, what: string): { header: string[]; rows: string[][] } {
  const [header, ...rows] = parseTsv(text.replace(/^\uFEFF/, ""), what);
  if (!header) throw new InputError(`${what} is empty; expected a tab-separated header line and rows`);
  return { header, rows };
}

function field(row: readonly string[], at: number | undefined, line: number, what: string): string {
  const value = at === undefined ? undefined : row[at];
  if (value === undefined) throw new InputError(`${what}: row ${line} has ${row.length} columns, fewer than the header`);
  return value;
}

/** Parses an archive file: columns `vclaim_id` (or `id`, or an unnamed first column), `vclaim` (or `claim`), `title`. */
export function parseArchive(text: string, what = "archive"): ArchiveEntry[] {
  const { header, rows } = rowsWithHeader(text, what);
  const at = columns(header, { id: ["vclaim_id", "id", ""], claim: ["vclaim", "claim"], title: ["title"] }, what);
  const seen = new Set<string>();
  return rows.map((row, i) => {
    const id = field(row, at.id, i + 2, what).trim();
    if (!id) throw new InputError(`${what}: row ${i + 2} has no id`);
    if (seen.has(id)) throw new InputError(`${what}: id ${JSON.stringify(id)} appears twice (row ${i + 2})`);
    seen.add(id);
    return { id, claim: field(row, at.claim, i + 2, what), title: field(row, at.title, i + 2, what) };
  });
}

/** Parses a queries file: columns `tweet_id` (or `id`, or an unnamed first column) and `tweet_content` (or `text`). */
export function parseQueries(text: string, what = "queries"): Query[] {
  const { header, rows } = rowsWithHeader(text, what);
  const at = columns(header, { id: ["tweet_id", "id", ""], text: ["tweet_content", "text"] }, what);
  return rows.map((row, i) => {
    const id = field(row, at.id, i + 2, what).trim();
    if (!id) throw new InputError(`${what}: row ${i + 2} has no id`);
    return { id, text: field(row, at.text, i + 2, what) };
  });
}

/** Parses TREC qrels (`query_id 0 doc_id relevance`, tab- or space-separated): query id → relevant doc ids. */
export function parseQrels(text: string): Map<string, Set<string>> {
  const relevant = new Map<string, Set<string>>();
  for (const line of text.split(/\r?\n/)) {
    const [query, , doc, grade] = line.trim().split(/\s+/);
    if (!query || !doc || Number(grade) <= 0) continue;
    let set = relevant.get(query);
    if (!set) relevant.set(query, (set = new Set()));
    set.add(doc);
  }
  return relevant;
}

/** Average precision of one ranking cut at `k`, as the lab computes MAP@k (divided by min(relevant, k)). */
export function averagePrecisionAt(ranked: readonly string[], relevant: ReadonlySet<string>, k = 5): number {
  if (relevant.size === 0) return 0;
  let hits = 0;
  let sum = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) {
    if (relevant.has(ranked[i] ?? "")) {
      hits++;
      sum += hits / (i + 1);
    }
  }
  return sum / Math.min(relevant.size, k);
}
