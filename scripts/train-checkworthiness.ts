// Trains the check-worthiness scorer (L2-regularised, class-weighted logistic regression over hashed word/char
// n-grams + hand features), evaluates it by leave-one-document-out CV with the CLEF-2019 MAP, and writes
// lib/domain/checkWorthiness/weights.json.
//
//   npx tsx scripts/train-checkworthiness.ts [--data PATH] [--out PATH] [--grid] [--no-write] [--workers N]
//
// --data defaults to ../shared/datasets/clef2019-task1-train.csv relative to the repo root. --grid runs the
// hyper-parameter search (CV MAP only) instead of the default configuration. Deterministic: no randomness in
// training; the random baseline uses a fixed seed.

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type ChildProcess, fork } from "node:child_process";
import os from "node:os";
import { seededRandom } from "./seededRandom";

import { averagePrecision } from "../lib/domain/checkWorthiness/averagePrecision";
import { type FeatureConfig, extractFeatures, featureSpaceSize } from "../lib/domain/checkWorthiness/features";
import { HAND_FEATURE_NAMES } from "../lib/domain/checkWorthiness/handFeatures";
import { linearScore } from "../lib/domain/checkWorthiness/scorer";
import { decodeWeightsFile, encodeWeightsFile } from "../lib/domain/checkWorthiness/weightsFile";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// ---------------------------------------------------------------------------------------------------------------
// CSV (RFC 4180: quoted fields may hold commas, doubled quotes and newlines)

/** Parses CSV text into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += c;
    } else if (c === '"') inQuotes = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (inQuotes) throw new Error("CSV: unterminated quoted field");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

interface Sentence {
  readonly text: string;
  readonly label: 0 | 1;
  readonly doc: number;
}

interface Dataset {
  readonly sentences: readonly Sentence[];
  readonly docNames: readonly string[];
}

function loadDataset(file: string): Dataset {
  const rows = parseCsv(readFileSync(file, "utf8"));
  const header = rows[0] ?? [];
  const col = (name: string): number => {
    const k = header.indexOf(name);
    if (k < 0) throw new Error(`CSV: missing column ${name}`);
    return k;
  };
  const [cText, cLabel, cFile] = [col("text"), col("label"), col("file_name")];
  const docNames: string[] = [];
  const docIndex = new Map<string, number>();
  const sentences: Sentence[] = [];
  for (const r of rows.slice(1)) {
    if (r.length === 1 && r[0] === "") continue;
    const name = r[cFile] ?? "";
    let d = docIndex.get(name);
    if (d === undefined) {
      d = docNames.length;
      docIndex.set(name, d);
      docNames.push(name);
    }
    sentences.push({ text: r[cText] ?? "", label: r[cLabel]?.trim() === "1" ? 1 : 0, doc: d });
  }
  return { sentences, docNames };
}

// ---------------------------------------------------------------------------------------------------------------
// Sparse design matrix (CSR over a compacted column space: only columns that occur in the data)

interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly rowPtr: Int32Array;
  readonly colIdx: Int32Array;
  readonly values: Float32Array;
  /** Compact column -> feature-space index. */
  readonly featureOf: Int32Array;
}

function buildMatrix(texts: readonly string[], config: FeatureConfig): Matrix {
  const colOf = new Map<number, number>();
  const featureOf: number[] = [];
  const rowPtr = new Int32Array(texts.length + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  const acc = new Map<number, number>();
  texts.forEach((text, r) => {
    acc.clear();
    extractFeatures(text, config, (index, value) => acc.set(index, (acc.get(index) ?? 0) + value));
    const keys = [...acc.keys()].sort((a, b) => a - b);
    for (const k of keys) {
      let c = colOf.get(k);
      if (c === undefined) {
        c = featureOf.length;
        colOf.set(k, c);
        featureOf.push(k);
      }
      cols.push(c);
      vals.push(acc.get(k) ?? 0);
    }
    rowPtr[r + 1] = cols.length;
  });
  return {
    rows: texts.length,
    cols: featureOf.length,
    rowPtr,
    colIdx: Int32Array.from(cols),
    values: Float32Array.from(vals),
    featureOf: Int32Array.from(featureOf),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Weighted L2 logistic regression, L-BFGS

interface TrainConfig {
  readonly features: FeatureConfig;
  /** L2 strength (objective is the class-weighted mean log-loss + lambda/2 ||w||^2). */
  readonly lambda: number;
  /** Positive-class weight = (negatives / positives) ^ posWeightPower (1 = balanced, 0 = unweighted). */
  readonly posWeightPower: number;
  /** Scale lexical columns by smoothed IDF (computed on the training rows only). */
  readonly idf: boolean;
  /** Lexical columns seen in fewer training sentences than this are dropped. */
  readonly minDf: number;
  /** Column scale of the hand features (relative to lexical ones; acts as a per-group regularisation strength). */
  readonly handScale: number;
  /** Keep only this many lexical weights (largest |w|), 0 = all; the shipped file is pruned the same way. */
  readonly keepTop: number;
  readonly maxIter: number;
}

interface Trained {
  /** Effective weight per compact column (column scale folded in). */
  readonly weights: Float64Array;
  readonly bias: number;
}

function columnScales(m: Matrix, trainRows: Int32Array, cfg: TrainConfig): Float64Array {
  const df = new Float64Array(m.cols);
  for (const r of trainRows) {
    for (let p = m.rowPtr[r] ?? 0; p < (m.rowPtr[r + 1] ?? 0); p++) {
      const c = m.colIdx[p] ?? 0;
      df[c] = (df[c] ?? 0) + 1;
    }
  }
  const lexicalEnd = 1 << cfg.features.hashBits;
  const scale = new Float64Array(m.cols);
  const n = trainRows.length;
  for (let c = 0; c < m.cols; c++) {
    const d = df[c] ?? 0;
    if ((m.featureOf[c] ?? 0) >= lexicalEnd) scale[c] = d > 0 ? cfg.handScale : 0; // hand feature
    else if (d < cfg.minDf) scale[c] = 0;
    else scale[c] = cfg.idf ? 1 + Math.log((1 + n) / (1 + d)) : 1;
  }
  return scale;
}

function train(m: Matrix, labels: Uint8Array, trainRows: Int32Array, cfg: TrainConfig): Trained {
  const scale = columnScales(m, trainRows, cfg);
  const nTrain = trainRows.length;
  let pos = 0;
  for (const r of trainRows) pos += labels[r] ?? 0;
  const posWeight = Math.pow((nTrain - pos) / Math.max(1, pos), cfg.posWeightPower);
  const totalWeight = pos * posWeight + (nTrain - pos);
  const dim = m.cols + 1; // last entry = bias
  const { rowPtr, colIdx, values } = m;

  const z = new Float64Array(nTrain);
  const evaluate = (w: Float64Array, grad: Float64Array): number => {
    const bias = w[m.cols] ?? 0;
    let loss = 0;
    grad.fill(0);
    for (let t = 0; t < nTrain; t++) {
      const r = trainRows[t] ?? 0;
      let s = bias;
      for (let p = rowPtr[r] ?? 0, e = rowPtr[r + 1] ?? 0; p < e; p++) {
        const c = colIdx[p] ?? 0;
        s += (w[c] ?? 0) * (scale[c] ?? 0) * (values[p] ?? 0);
      }
      z[t] = s;
    }
    for (let t = 0; t < nTrain; t++) {
      const r = trainRows[t] ?? 0;
      const y = labels[r] === 1 ? 1 : -1;
      const cw = (y === 1 ? posWeight : 1) / totalWeight;
      const yz = y * (z[t] ?? 0);
      loss += cw * (yz > 0 ? Math.log1p(Math.exp(-yz)) : -yz + Math.log1p(Math.exp(yz)));
      const g = (-y * cw) / (1 + Math.exp(yz)); // d loss / d z
      grad[m.cols] = (grad[m.cols] ?? 0) + g;
      for (let p = rowPtr[r] ?? 0, e = rowPtr[r + 1] ?? 0; p < e; p++) {
        const c = colIdx[p] ?? 0;
        grad[c] = (grad[c] ?? 0) + g * (scale[c] ?? 0) * (values[p] ?? 0);
      }
    }
    let reg = 0;
    for (let c = 0; c < m.cols; c++) {
      const wc = w[c] ?? 0;
      reg += wc * wc;
      grad[c] = (grad[c] ?? 0) + cfg.lambda * wc;
    }
    return loss + 0.5 * cfg.lambda * reg;
  };

  const w = lbfgs(dim, evaluate, cfg.maxIter);
  const weights = new Float64Array(m.cols);
  for (let c = 0; c < m.cols; c++) weights[c] = (w[c] ?? 0) * (scale[c] ?? 0);
  if (cfg.keepTop > 0) pruneLexical(m, weights, cfg);
  return { weights, bias: w[m.cols] ?? 0 };
}

/** Zeroes all but the cfg.keepTop largest-magnitude lexical weights (ties broken by column order). */
function pruneLexical(m: Matrix, weights: Float64Array, cfg: TrainConfig): void {
  const lexicalEnd = 1 << cfg.features.hashBits;
  const lexical = range(m.cols).filter((c) => (m.featureOf[c] ?? 0) < lexicalEnd && weights[c] !== 0);
  if (lexical.length <= cfg.keepTop) return;
  lexical.sort((a, b) => Math.abs(weights[b] ?? 0) - Math.abs(weights[a] ?? 0) || a - b);
  for (const c of lexical.slice(cfg.keepTop)) weights[c] = 0;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

/** Minimises a smooth convex function with L-BFGS (memory 8, backtracking Armijo line search), from w = 0. */
function lbfgs(dim: number, f: (w: Float64Array, grad: Float64Array) => number, maxIter: number): Float64Array {
  const M = 8;
  const w = new Float64Array(dim);
  const g = new Float64Array(dim);
  let fx = f(w, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const d = new Float64Array(dim);
  const wNew = new Float64Array(dim);
  const gNew = new Float64Array(dim);
  const alpha = new Float64Array(M);
  for (let iter = 0; iter < maxIter; iter++) {
    // Two-loop recursion: d = -H g
    for (let i = 0; i < dim; i++) d[i] = -(g[i] ?? 0);
    for (let k = S.length - 1; k >= 0; k--) {
      const a = (rho[k] ?? 0) * dot(S[k] as Float64Array, d);
      alpha[k] = a;
      const y = Y[k] as Float64Array;
      for (let i = 0; i < dim; i++) d[i] = (d[i] ?? 0) - a * (y[i] ?? 0);
    }
    if (S.length > 0) {
      const last = S.length - 1;
      const yy = dot(Y[last] as Float64Array, Y[last] as Float64Array);
      const gamma = 1 / ((rho[last] ?? 1) * yy);
      for (let i = 0; i < dim; i++) d[i] = (d[i] ?? 0) * gamma;
    } else {
      const gn = Math.sqrt(dot(g, g));
      for (let i = 0; i < dim; i++) d[i] = (d[i] ?? 0) / Math.max(gn, 1e-12);
    }
    for (let k = 0; k < S.length; k++) {
      const beta = (rho[k] ?? 0) * dot(Y[k] as Float64Array, d);
      const s = S[k] as Float64Array;
      const a = (alpha[k] ?? 0) - beta;
      for (let i = 0; i < dim; i++) d[i] = (d[i] ?? 0) + a * (s[i] ?? 0);
    }
    let slope = dot(g, d);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      S.length = Y.length = rho.length = 0;
      for (let i = 0; i < dim; i++) d[i] = -(g[i] ?? 0);
      slope = dot(g, d);
    }
    let step = 1;
    let fNew = 0;
    for (let ls = 0; ; ls++) {
      for (let i = 0; i < dim; i++) wNew[i] = (w[i] ?? 0) + step * (d[i] ?? 0);
      fNew = f(wNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope || ls >= 30) break;
      step *= 0.5;
    }
    const s = S.length === M ? (S.shift() as Float64Array) : new Float64Array(dim);
    const y = Y.length === M ? (Y.shift() as Float64Array) : new Float64Array(dim);
    if (rho.length === M) rho.shift();
    for (let i = 0; i < dim; i++) {
      s[i] = (wNew[i] ?? 0) - (w[i] ?? 0);
      y[i] = (gNew[i] ?? 0) - (g[i] ?? 0);
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
    }
    const decrease = fx - fNew;
    w.set(wNew);
    g.set(gNew);
    fx = fNew;
    if (decrease >= 0 && decrease < 1e-7 * Math.max(1, Math.abs(fx))) break;
  }
  return w;
}

function scoreRows(m: Matrix, model: Trained, rows: Int32Array): number[] {
  const out: number[] = [];
  for (const r of rows) {
    let s = model.bias;
    for (let p = m.rowPtr[r] ?? 0; p < (m.rowPtr[r + 1] ?? 0); p++) {
      s += (model.weights[m.colIdx[p] ?? 0] ?? 0) * (m.values[p] ?? 0);
    }
    out.push(s);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Cross-validation (leave one document out), optionally spread over worker threads

interface FoldJob {
  readonly cfg: TrainConfig;
  readonly docs: readonly number[];
}

interface FoldResult {
  readonly doc: number;
  readonly ap: number;
  /** Out-of-fold raw scores (log-odds) of the document's sentences, in order. */
  readonly scores: number[];
}

const matrixCache = new Map<string, Matrix>();
function matrixFor(data: Dataset, features: FeatureConfig): Matrix {
  const key = JSON.stringify(features);
  let m = matrixCache.get(key);
  if (!m) {
    m = buildMatrix(
      data.sentences.map((s) => s.text),
      features,
    );
    matrixCache.set(key, m);
  }
  return m;
}

function runFolds(data: Dataset, job: FoldJob): FoldResult[] {
  const m = matrixFor(data, job.cfg.features);
  const labels = Uint8Array.from(data.sentences.map((s) => s.label));
  return job.docs.map((doc) => {
    const trainRows = Int32Array.from(data.sentences.flatMap((s, i) => (s.doc === doc ? [] : [i])));
    const testRows = Int32Array.from(data.sentences.flatMap((s, i) => (s.doc === doc ? [i] : [])));
    const model = train(m, labels, trainRows, job.cfg);
    const scores = scoreRows(m, model, testRows);
    return { doc, ap: averagePrecision(scores, Array.from(testRows, (r) => labels[r] === 1)), scores };
  });
}

/** Child processes (forked with tsx's loader flags) that each run a share of the CV folds. */
class Pool {
  private readonly children: ChildProcess[] = [];
  constructor(size: number, dataFile: string) {
    for (let i = 0; i < size; i++) {
      this.children.push(fork(fileURLToPath(import.meta.url), [FOLD_WORKER_FLAG, dataFile], { stdio: "inherit" }));
    }
  }
  /** Leave-one-document-out AP for every document, folds spread round-robin over the children. */
  async crossValidate(cfg: TrainConfig, docCount: number): Promise<FoldResult[]> {
    const n = this.children.length;
    const results = await Promise.all(
      this.children.map(
        (child, k) =>
          new Promise<FoldResult[]>((resolve, reject) => {
            const job: FoldJob = { cfg, docs: range(docCount).filter((d) => d % n === k) };
            child.once("message", (msg) => resolve(msg as FoldResult[]));
            child.once("error", reject);
            child.send(job);
          }),
      ),
    );
    return results.flat().sort((a, b) => a.doc - b.doc);
  }
  close(): void {
    for (const c of this.children) c.disconnect();
  }
}

const FOLD_WORKER_FLAG = "--fold-worker";

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

// ---------------------------------------------------------------------------------------------------------------
// Baselines

function baselineMaps(data: Dataset): { random: number; length: number } {
  const byDoc = range(data.docNames.length).map((d) => data.sentences.filter((s) => s.doc === d));
  const rand = seededRandom(2019);
  const trials = 100;
  let random = 0;
  for (let t = 0; t < trials; t++) {
    random += mean(byDoc.map((ss) => averagePrecision(ss.map(() => rand()), ss.map((s) => s.label))));
  }
  const length = mean(byDoc.map((ss) => averagePrecision(ss.map((s) => s.text.length), ss.map((s) => s.label))));
  return { random: random / trials, length };
}

// ---------------------------------------------------------------------------------------------------------------
// Configurations

const BASE_FEATURES: FeatureConfig = {
  hashBits: 18,
  wordUnigrams: true,
  wordBigrams: true,
  charMin: 2,
  charMax: 5,
  handFeatures: true,
};

/** Chosen by --grid (staged search on leave-one-document-out CV MAP); rerun --grid after changing features. */
const DEFAULT_CONFIG: TrainConfig = {
  features: BASE_FEATURES,
  lambda: 0.015,
  posWeightPower: 0.5,
  idf: true,
  minDf: 2,
  handScale: 0.3,
  keepTop: 60_000,
  maxIter: 200,
};

/** Coordinate-wise search stages: each stage varies one setting of the best configuration so far. */
const GRID_STAGES: readonly ((best: TrainConfig) => TrainConfig[])[] = [
  (b) => [1e-3, 3e-3, 1e-2, 3e-2, 1e-1].map((lambda) => ({ ...b, lambda })),
  (b) => [0.3, 1, 3].map((handScale) => ({ ...b, handScale })),
  (b) => [0, 0.5, 1].map((posWeightPower) => ({ ...b, posWeightPower })),
  (b) => [1, 2, 3].map((minDf) => ({ ...b, minDf })),
  (b) => [true, false].map((idf) => ({ ...b, idf })),
  (b) =>
    [
      [0, 0],
      [2, 4],
      [2, 5],
      [3, 5],
    ].map(([charMin = 0, charMax = 0]) => ({ ...b, features: { ...b.features, charMin, charMax } })),
  (b) => [true, false].map((wordBigrams) => ({ ...b, features: { ...b.features, wordBigrams } })),
  (b) => [b.lambda / 2, b.lambda, b.lambda * 2].map((lambda) => ({ ...b, lambda })),
  (b) => [16, 18, 20].map((hashBits) => ({ ...b, features: { ...b.features, hashBits } })),
  (b) => [0, 60_000, 30_000, 15_000].map((keepTop) => ({ ...b, keepTop })),
];

function describe(cfg: TrainConfig): string {
  const f = cfg.features;
  const words = [f.wordUnigrams ? "uni" : "", f.wordBigrams ? "bi" : ""].filter(Boolean).join("+") || "none";
  const chars = f.charMax > 0 ? `${f.charMin}-${f.charMax}` : "none";
  return (
    `words=${words} chars=${chars} hand=${f.handFeatures ? "y" : "n"} lambda=${cfg.lambda} ` +
    `posW^${cfg.posWeightPower} idf=${cfg.idf ? "y" : "n"} minDf=${cfg.minDf} handScale=${cfg.handScale} ` +
    `hashBits=${f.hashBits} keepTop=${cfg.keepTop || "all"}`
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Main

function argValue(args: readonly string[], name: string): string | undefined {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dataFile = path.resolve(
    argValue(args, "--data") ?? path.join(REPO_ROOT, "../shared/datasets/clef2019-task1-train.csv"),
  );
  const outFile = path.resolve(argValue(args, "--out") ?? path.join(REPO_ROOT, "lib/domain/checkWorthiness/weights.json"));
  const workerCount = Number(argValue(args, "--workers") ?? Math.max(1, Math.min(4, os.availableParallelism())));
  const t0 = Date.now();
  const data = loadDataset(dataFile);
  const positives = data.sentences.filter((s) => s.label === 1).length;
  console.log(`data: ${dataFile}\n  ${data.sentences.length} sentences, ${positives} positives, ${data.docNames.length} documents`);

  const base = baselineMaps(data);
  console.log(`baseline MAP: random ranking ${base.random.toFixed(4)} (mean of 100 shuffles), longest-first ${base.length.toFixed(4)}`);

  const pool = new Pool(workerCount, dataFile);
  try {
    const results = new Map<string, FoldResult[]>();
    const evaluate = async (cfg: TrainConfig): Promise<number> => {
      const key = JSON.stringify(cfg);
      let folds = results.get(key);
      if (!folds) {
        const t = Date.now();
        folds = await pool.crossValidate(cfg, data.docNames.length);
        results.set(key, folds);
        const map = mean(folds.map((f) => f.ap));
        console.log(`CV MAP ${map.toFixed(4)}  ${describe(cfg)}  (${((Date.now() - t) / 1000).toFixed(1)} s)`);
      }
      return mean(folds.map((f) => f.ap));
    };
    let chosen = DEFAULT_CONFIG;
    let chosenMap = await evaluate(chosen);
    if (args.includes("--grid")) {
      for (const stage of GRID_STAGES) {
        for (const cfg of stage(chosen)) {
          const map = await evaluate(cfg);
          if (map > chosenMap) [chosen, chosenMap] = [cfg, map];
        }
        console.log(`  best so far: ${chosenMap.toFixed(4)}  ${describe(chosen)}`);
      }
    }
    const chosenFolds = results.get(JSON.stringify(chosen)) ?? [];
    const chosenAps = chosenFolds.map((f) => f.ap);
    console.log(`\nleave-one-document-out AP per document (${describe(chosen)}):`);
    data.docNames.forEach((name, d) => {
      const docSentences = data.sentences.filter((s) => s.doc === d);
      const pos = docSentences.filter((s) => s.label === 1).length;
      console.log(`  ${name.padEnd(32)} ${String(docSentences.length).padStart(5)} sent ${String(pos).padStart(3)} pos  AP ${(chosenAps[d] ?? 0).toFixed(4)}`);
    });
    console.log(`CV MAP (mean over ${data.docNames.length} documents): ${chosenMap.toFixed(4)}`);

    if (args.includes("--no-write")) return;
    // Final model on all documents.
    const m = matrixFor(data, chosen.features);
    const labels = Uint8Array.from(data.sentences.map((s) => s.label));
    const model = train(m, labels, Int32Array.from(range(m.rows)), chosen);
    // Platt scaling fitted on the out-of-fold CV scores (classes balanced), folded into the weights: the shipped
    // score is sigmoid(a * z + b), so 0.5 means "as likely checked as not, were both classes equally common".
    const oof = chosenFolds.flatMap((f) => f.scores);
    const oofLabels = range(data.docNames.length).flatMap((d) => data.sentences.filter((s) => s.doc === d).map((s) => s.label));
    const platt = fitPlatt(oof, oofLabels);
    console.log(`Platt calibration on out-of-fold scores: a=${platt.a.toFixed(4)} b=${platt.b.toFixed(4)}`);
    const dense = new Float64Array(featureSpaceSize(chosen.features));
    for (let c = 0; c < m.cols; c++) dense[m.featureOf[c] ?? 0] = platt.a * (model.weights[c] ?? 0);
    const shippedBias = platt.a * model.bias + platt.b;
    const file = encodeWeightsFile(
      {
        version: 1,
        trainedOn: `${path.basename(dataFile)} (${data.sentences.length} sentences, ${positives} positives, ${data.docNames.length} documents)`,
        trainedAt: new Date().toISOString().slice(0, 10),
        cvMap: Number(chosenMap.toFixed(4)),
        notes: `leave-one-document-out CV, CLEF-2019 MAP; ${describe(chosen)}; baselines: random ${base.random.toFixed(4)}, longest-first ${base.length.toFixed(4)}`,
        featureConfig: chosen.features,
      },
      shippedBias,
      dense,
      0,
    );
    const handBase = 1 << chosen.features.hashBits;
    const handWeights = HAND_FEATURE_NAMES.map((name, k) => `${name} ${(dense[handBase + k] ?? 0).toFixed(3)}`);
    console.log(`\nhand-feature weights: ${handWeights.join(", ")}`);
    const json = JSON.stringify(file);
    writeFileSync(outFile, json + "\n");
    console.log(`\nwrote ${outFile}: ${file.weights.length} non-zero weights, ${(json.length / 1024).toFixed(0)} KiB`);

    // Sanity check: the run-time scorer on the written file reproduces the training-time scores.
    const decoded = decodeWeightsFile(JSON.parse(json));
    const allRows = Int32Array.from(range(m.rows));
    const trainingTime = scoreRows(m, model, allRows).map((z) => platt.a * z + platt.b);
    let maxDiff = 0;
    data.sentences.forEach((s, i) => {
      maxDiff = Math.max(maxDiff, Math.abs(linearScore(decoded, s.text) - (trainingTime[i] ?? 0)));
    });
    console.log(`run-time scorer vs training-time log-odds on all ${m.rows} sentences: max |difference| ${maxDiff.toExponential(2)}`);
  } finally {
    pool.close();
    console.log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}

/** Fits p = sigmoid(a z + b) to labels by Newton's method, weighting the classes equally. */
function fitPlatt(z: readonly number[], labels: readonly (0 | 1)[]): { a: number; b: number } {
  const pos = labels.filter((y) => y === 1).length;
  const neg = labels.length - pos;
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    z.forEach((zi, i) => {
      const y = labels[i] ?? 0;
      const c = y === 1 ? 0.5 / pos : 0.5 / neg;
      const p = 1 / (1 + Math.exp(-(a * zi + b)));
      const r = c * (p - y);
      const h = c * p * (1 - p) + 1e-12;
      ga += r * zi;
      gb += r;
      haa += h * zi * zi;
      hab += h * zi;
      hbb += h;
    });
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { a, b };
}

if (process.argv[2] === FOLD_WORKER_FLAG) {
  const data = loadDataset(process.argv[3] ?? "");
  process.on("message", (job: FoldJob) => process.send?.(runFolds(data, job)));
} else {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
