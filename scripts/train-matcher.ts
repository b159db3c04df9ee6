// Trains the claim matcher's re-ranker on the CLEF-2020 claim-retrieval data and writes
// lib/domain/claimMatching/weights.json.
//
//   npm run train:matcher [-- --data DIR] [--no-write] [--explore]
//
// --data defaults to ../shared/datasets/clef2020-claim-retrieval relative to the repo root. --explore cross-validates
// on train alone and stops (for trying features without looking at dev).
//
// What it does, and why it is honest:
// - The first stage (BM25 over claim + title stems) has settings (k1, b); the
//   re-ranker (logistic regression over candidate features) has an L2 strength. Every choice is made on training
//   queries only: BM25 settings by their own MAP@5, the L2 strength by an inner cross-validation.
// - CV MAP@5: 5-fold cross-validation over train + dev, settings chosen inside each outer fold.
// - Dev MAP@5: the whole procedure run on train alone, then scored once on dev.
// - The shipped model: the procedure run on train + dev.
// Deterministic: the folds come from a seeded shuffle; training is Newton's method from zero weights.

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Candidate, ClaimIndex, FEATURE_NAMES, type RetrievalSettings } from "../lib/domain/claimMatching/claimIndex";
import { MATCHER_WEIGHTS_FORMAT, type MatcherWeightsFile, rerank } from "../lib/domain/claimMatching/reranker";
import { averagePrecisionAt, parseArchive, parseQrels, parseQueries, type Query } from "./claimRetrievalData";
import { seededRandom } from "./seededRandom";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SEED = 20_200_911;
const OUTER_FOLDS = 5;
const INNER_FOLDS = 4;
const CANDIDATES = 30;
const K1S = [0.9, 1.2, 1.5];
const BS = [0.6, 0.75, 0.9];
const L2S = [1, 10, 100];

interface Example {
  readonly query: Query;
  readonly relevant: ReadonlySet<string>;
}

interface Settings {
  readonly retrieval: RetrievalSettings;
  readonly l2: number;
}

interface Fitted {
  readonly mean: number[];
  readonly scale: number[];
  readonly weights: number[];
  readonly bias: number;
}

function args(): { data: string; write: boolean; explore: boolean } {
  const argv = process.argv.slice(2);
  const at = argv.indexOf("--data");
  const data = at >= 0 ? (argv[at + 1] ?? "") : path.join(REPO_ROOT, "../shared/datasets/clef2020-claim-retrieval");
  return { data, write: !argv.includes("--no-write"), explore: argv.includes("--explore") };
}

function load(dir: string, split: "train" | "dev"): Example[] {
  const queries = parseQueries(readFileSync(path.join(dir, `${split}-queries.tsv`), "utf8"), `${split}-queries.tsv`);
  const qrels = parseQrels(readFileSync(path.join(dir, `${split}.qrels`), "utf8"));
  return queries.map((query) => ({ query, relevant: qrels.get(query.id) ?? new Set() }));
}

/** Splits items into `folds` groups after a seeded shuffle. */
function foldsOf<T>(items: readonly T[], folds: number, seed: number): T[][] {
  const random = seededRandom(seed);
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as T, shuffled[i] as T];
  }
  return Array.from({ length: folds }, (_, f) => shuffled.filter((_, i) => i % folds === f));
}

// ---------------------------------------------------------------------------------------------------------------
// Candidates per retrieval setting, computed once for every query (they do not depend on any labels).

type CandidateTable = Map<string, Candidate[]>;

function candidateTables(archive: ReturnType<typeof parseArchive>, examples: readonly Example[]): Map<string, CandidateTable> {
  const tables = new Map<string, CandidateTable>();
  // The settings change only the scoring, so one index serves them all.
  const index = new ClaimIndex(allRetrievalSettings()[0] as RetrievalSettings);
  for (const entry of archive) index.add(entry);
  for (const retrieval of allRetrievalSettings()) {
    const table: CandidateTable = new Map();
    for (const { query } of examples) table.set(query.id, index.candidates(query.text, retrieval));
    tables.set(key(retrieval), table);
  }
  return tables;
}

function key(r: RetrievalSettings): string {
  return `${r.k1}/${r.b}`;
}

function allRetrievalSettings(): RetrievalSettings[] {
  return K1S.flatMap((k1) => BS.map((b) => ({ k1, b, candidates: CANDIDATES })));
}

// ---------------------------------------------------------------------------------------------------------------
// Logistic regression (Newton's method, L2 on the weights, not the bias) over standardised features.

function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = r;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const p = a[col] as number[];
    const d = p[col] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = a[r] as number[];
      const factor = (row[col] ?? 0) / d;
      if (factor === 0) continue;
      for (let c = col; c <= n; c++) row[c] = (row[c] ?? 0) - factor * (p[c] ?? 0);
    }
  }
  return a.map((row, i) => (row[n] ?? 0) / (row[i] || 1e-12));
}

/** Standardisation (mean, scale) of each feature over `rows`. */
function standardisation(rows: readonly Float64Array[]): { mean: number[]; scale: number[] } {
  const d = FEATURE_NAMES.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const row of rows) for (let j = 0; j < d; j++) mean[j] = (mean[j] ?? 0) + (row[j] ?? 0) / rows.length;
  for (const row of rows) for (let j = 0; j < d; j++) scale[j] = (scale[j] ?? 0) + ((row[j] ?? 0) - (mean[j] ?? 0)) ** 2 / rows.length;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j] ?? 0) || 1;
  return { mean, scale };
}

/** L2-regularised logistic regression without intercept, by Newton's method from zero. */
function logisticRegression(x: readonly number[][], labels: readonly number[], l2: number): number[] {
  const d = x[0]?.length ?? 0;
  let w = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < 25; iteration++) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let i = 0; i < x.length; i++) {
      const xi = x[i] as number[];
      let z = 0;
      for (let j = 0; j < d; j++) z += (w[j] ?? 0) * (xi[j] ?? 0);
      const p = 1 / (1 + Math.exp(-z));
      const g = p - (labels[i] ?? 0);
      const h = p * (1 - p);
      for (let j = 0; j < d; j++) {
        gradient[j] = (gradient[j] ?? 0) + g * (xi[j] ?? 0);
        const hj = hessian[j] as number[];
        for (let k = j; k < d; k++) hj[k] = (hj[k] ?? 0) + h * (xi[j] ?? 0) * (xi[k] ?? 0);
      }
    }
    for (let j = 0; j < d; j++) {
      for (let k = 0; k < j; k++) (hessian[j] as number[])[k] = (hessian[k] as number[])[j] ?? 0;
      gradient[j] = (gradient[j] ?? 0) + l2 * (w[j] ?? 0);
      (hessian[j] as number[])[j] = ((hessian[j] as number[])[j] ?? 0) + l2;
    }
    const step = solve(hessian, gradient);
    w = w.map((v, j) => v - (step[j] ?? 0));
    if (Math.max(...step.map(Math.abs)) < 1e-4) break;
  }
  return w;
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluation

function bm25Map(table: CandidateTable, examples: readonly Example[]): number {
  let sum = 0;
  for (const { query, relevant } of examples) {
    sum += averagePrecisionAt((table.get(query.id) ?? []).map((c) => c.id), relevant);
  }
  return sum / (examples.length || 1);
}

/**
 * Pairwise training (a linear RankNet): for each training query whose answer is among its candidates, every
 * (answer, other candidate) pair becomes a difference of standardised features labelled 1, and its mirror 0.
 * Only the order within a query matters, so the weights learn what separates the answer from its neighbours.
 */
function trainOn(table: CandidateTable, examples: readonly Example[], l2: number): Fitted {
  const { mean, scale } = standardisation(examples.flatMap(({ query }) => (table.get(query.id) ?? []).map((c) => c.features)));
  const standardised = (f: Float64Array) => Array.from(f, (v, j) => (v - (mean[j] ?? 0)) / (scale[j] ?? 1));
  const rows: number[][] = [];
  const labels: number[] = [];
  for (const { query, relevant } of examples) {
    const candidates = table.get(query.id) ?? [];
    const answers = candidates.filter((c) => relevant.has(c.id)).map((c) => standardised(c.features));
    const others = candidates.filter((c) => !relevant.has(c.id)).map((c) => standardised(c.features));
    // Without an intercept the mirrored pair (other − answer, label 0) has the same loss: one row per pair.
    for (const answer of answers) {
      for (const other of others) {
        rows.push(answer.map((v, j) => v - (other[j] ?? 0)));
        labels.push(1);
      }
    }
  }
  return { mean, scale, weights: logisticRegression(rows, labels, l2), bias: 0 };
}

function rerankedMap(table: CandidateTable, model: Fitted, examples: readonly Example[]): number {
  let sum = 0;
  for (const { query, relevant } of examples) {
    const ranked = rerank(model, table.get(query.id) ?? []).map((r) => r.candidate.id);
    sum += averagePrecisionAt(ranked, relevant);
  }
  return sum / (examples.length || 1);
}

/** Chooses settings on `examples` alone: BM25 settings by BM25 MAP@5, the L2 strength by inner CV. */
function chooseSettings(tables: Map<string, CandidateTable>, examples: readonly Example[], seed: number): Settings {
  let retrieval = allRetrievalSettings()[0] as RetrievalSettings;
  let best = -1;
  for (const r of allRetrievalSettings()) {
    const map = bm25Map(tables.get(key(r)) as CandidateTable, examples);
    if (map > best + 1e-9) [best, retrieval] = [map, r];
  }
  const table = tables.get(key(retrieval)) as CandidateTable;
  const inner = foldsOf(examples, INNER_FOLDS, seed);
  let l2 = L2S[0] as number;
  best = -1;
  for (const candidateL2 of L2S) {
    let sum = 0;
    for (let f = 0; f < inner.length; f++) {
      const held = inner[f] as Example[];
      const model = trainOn(table, inner.filter((_, g) => g !== f).flat(), candidateL2);
      sum += rerankedMap(table, model, held) * held.length;
    }
    const map = sum / examples.length;
    if (map > best + 1e-9) [best, l2] = [map, candidateL2];
  }
  return { retrieval, l2 };
}

function describe(s: Settings): string {
  return `k1 ${s.retrieval.k1}, b ${s.retrieval.b}, L2 ${s.l2}`;
}

function main(): void {
  const { data, write, explore } = args();
  const started = performance.now();
  const archive = parseArchive(readFileSync(path.join(data, "verified-claims.tsv"), "utf8"), "verified-claims.tsv");
  const train = load(data, "train");
  const dev = load(data, "dev");
  // --explore: for developing features, cross-validate on train alone and leave dev unseen.
  const all = explore ? train : [...train, ...dev];
  console.log(`archive ${archive.length} claims; train ${train.length} queries; dev ${dev.length} queries`);
  const tables = candidateTables(archive, all);
  console.log(`candidates for ${allRetrievalSettings().length} BM25 settings in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // 1. Cross-validation over train + dev, settings chosen inside each outer fold.
  const outer = foldsOf(all, OUTER_FOLDS, SEED);
  let cvSum = 0;
  let cvBm25Sum = 0;
  for (let f = 0; f < outer.length; f++) {
    const held = outer[f] as Example[];
    const rest = outer.filter((_, g) => g !== f).flat();
    const settings = chooseSettings(tables, rest, SEED + f + 1);
    const table = tables.get(key(settings.retrieval)) as CandidateTable;
    const map = rerankedMap(table, trainOn(table, rest, settings.l2), held);
    const bm25 = bm25Map(table, held);
    cvSum += map * held.length;
    cvBm25Sum += bm25 * held.length;
    console.log(`  fold ${f + 1}: MAP@5 ${map.toFixed(4)} (its BM25 first stage ${bm25.toFixed(4)}); ${describe(settings)}`);
  }
  const cvMap = cvSum / all.length;
  console.log(`CV MAP@5 over ${explore ? "train only" : "train + dev"} (${OUTER_FOLDS} folds): ${cvMap.toFixed(4)}  (BM25 first stage alone ${(cvBm25Sum / all.length).toFixed(4)})`);
  if (explore) return;

  // 2. Dev, scored once by a model that never saw it.
  const trainSettings = chooseSettings(tables, train, SEED);
  const trainTable = tables.get(key(trainSettings.retrieval)) as CandidateTable;
  const devMap = rerankedMap(trainTable, trainOn(trainTable, train, trainSettings.l2), dev);
  const plain = tables.get(key({ k1: 1.2, b: 0.75, candidates: CANDIDATES })) as CandidateTable;
  console.log(`dev MAP@5, trained on train only: ${devMap.toFixed(4)}; ${describe(trainSettings)}`);
  console.log(`dev MAP@5 of the BM25 first stage alone: ${bm25Map(trainTable, dev).toFixed(4)} with those settings; ${bm25Map(plain, dev).toFixed(4)} with k1 1.2, b 0.75`);

  // 3. The shipped model: everything.
  const settings = chooseSettings(tables, all, SEED);
  const table = tables.get(key(settings.retrieval)) as CandidateTable;
  const fitted = trainOn(table, all, settings.l2);
  console.log(`shipped model: trained on train + dev; ${describe(settings)}`);
  for (const [j, name] of FEATURE_NAMES.entries()) console.log(`  ${name.padEnd(18)} ${(fitted.weights[j] ?? 0).toFixed(3)}`);
  const file: MatcherWeightsFile = {
    format: MATCHER_WEIGHTS_FORMAT,
    trainedOn: "CLEF-2020 CheckThat! Task 2 (English): train + dev queries, verified-claims archive",
    notes: `npm run train:matcher; CV MAP@5 ${cvMap.toFixed(4)} (${OUTER_FOLDS} folds over train + dev, settings chosen inside folds); dev MAP@5 of the train-only model ${devMap.toFixed(4)}`,
    crossValidatedMap5: Number(cvMap.toFixed(4)),
    retrieval: settings.retrieval,
    featureNames: [...FEATURE_NAMES],
    mean: fitted.mean.map((v) => Number(v.toPrecision(8))),
    scale: fitted.scale.map((v) => Number(v.toPrecision(8))),
    weights: fitted.weights.map((v) => Number(v.toPrecision(8))),
    bias: Number(fitted.bias.toPrecision(8)),
  };
  if (write) {
    const out = path.join(REPO_ROOT, "lib/domain/claimMatching/weights.json");
    writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
    console.log(`wrote ${path.relative(REPO_ROOT, out)}`);
  }
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
