// Trains the check-worthiness scorer and estimates honestly how it does on debates and speeches it has not seen.
//
// Several procedures are compared, each ending in one linear model (so the run-time scorer stays a single dot
// product): the plain class-weighted L2 logistic regression over hashed word n-grams (the reference); an ensemble that
// averages it in log-odds with a regression over speaker-independent hand features (numbers, comparisons, tense,
// attributions, named-entity cues...); the plain regression with a wider regularisation grid; with NB log-count-ratio
// feature scaling (with IDF, without, and with its smoothing chosen inside); and bagged by document (weights averaged
// over fits on document subsamples). Every setting — feature set, regularisation, class weights, ensemble weight — is
// chosen by cross-validation by document, and the estimate is NESTED: outer folds leave whole documents out, and the
// settings used on each outer fold are chosen on inner folds of its training documents only. Another procedure
// replaces the plain regression only if it beats it by more than noise (mean, 4 of 5 outer folds, and a sign test
// over documents); the shipped one is Platt-calibrated and refitted on all documents. The latest documents (by date)
// are held out of all of this and scored once.
//
//   npx tsx scripts/train-checkworthiness.ts [--data PATH] [--out PATH] [--no-write] [--outer K] [--hold-out N]
//                                            [--lexical words,words+hand,words+chars]
//                                            [--procedures plain,ensemble,wide,nb,nb-noidf,nb-alpha,bagged]
//
// --data defaults to ../shared/datasets/clef2019-task1-train.csv relative to the repo root; --procedures defaults to
// all (plain is required: it is the reference). Deterministic: the fold assignment deals documents to folds in date
// order, and the bags are drawn from fixed seeds.

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { seededRandom } from "./seededRandom";
import { type Matrix, type TrainConfig, type Trained, buildMatrix, scoreRows, train } from "./sparseLogisticRegression";

import { averagePrecision } from "../lib/domain/checkWorthiness/averagePrecision";
import { type FeatureConfig, featureSpaceSize } from "../lib/domain/checkWorthiness/features";
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
// Documents, dates and folds

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/**
 * Date of a document from its file name ("20161019_3pres.tsv" -> "2016-10-19"). One file of the set has day and
 * month swapped ("20182601_..."): a month over 12 is read as YYYYDDMM.
 */
function documentDate(name: string): string {
  const m = /^(\d{4})(\d\d)(\d\d)/.exec(name);
  if (!m) return "9999-99-99"; // undated documents sort last (and are held out first)
  const [, y, a, b] = m;
  return Number(a) > 12 ? `${y}-${b}-${a}` : `${y}-${a}-${b}`;
}

/** Documents in date order (ties by name). */
function docsByDate(data: Dataset, docs: readonly number[]): number[] {
  const key = (d: number): string => `${documentDate(data.docNames[d] ?? "")} ${data.docNames[d]}`;
  return [...docs].sort((a, b) => key(a).localeCompare(key(b)));
}

/** Deals `docs` (date order) round-robin into k groups, so every group spans the years. */
function dealIntoGroups(data: Dataset, docs: readonly number[], k: number): number[][] {
  const groups: number[][] = range(Math.min(k, docs.length)).map(() => []);
  docsByDate(data, docs).forEach((d, i) => groups[i % groups.length]?.push(d));
  return groups;
}

// ---------------------------------------------------------------------------------------------------------------
// The two parts of the ensemble and their candidate settings

/**
 * Feature sets of the n-gram part: word uni+bigrams alone (the plain baseline), with the hand features in the same
 * regression, or with character 3-5-grams (about ten times the training cost and slower scoring; opt in with
 * --lexical words,words+hand,words+chars).
 */
const LEXICAL_SETS: Readonly<Record<string, FeatureConfig>> = {
  words: { hashBits: 18, wordUnigrams: true, wordBigrams: true, charMin: 0, charMax: 0, handFeatures: false },
  "words+hand": { hashBits: 18, wordUnigrams: true, wordBigrams: true, charMin: 0, charMax: 0, handFeatures: true },
  "words+chars": { hashBits: 18, wordUnigrams: true, wordBigrams: true, charMin: 3, charMax: 5, handFeatures: false },
};

/** Features of the hand part: the hand features alone (indices placed after the same 2^hashBits lexical buckets). */
const HAND_SET: FeatureConfig = { hashBits: 18, wordUnigrams: false, wordBigrams: false, charMin: 0, charMax: 0, handFeatures: true };

interface PartSetting {
  readonly part: "lexical" | "hand";
  readonly featureSet: string;
  readonly cfg: TrainConfig;
}

const LEXICAL_LAMBDAS = [0.01, 0.03, 0.1];
const HAND_LAMBDAS = [0.001, 0.01, 0.1, 1];
const POS_WEIGHT_POWERS = [0.5, 1];
const ENSEMBLE_WEIGHTS = [0, 0.25, 0.5, 0.75, 1]; // weight of the n-gram part in the averaged log-odds

function lexicalSet(name: string): FeatureConfig {
  const set = LEXICAL_SETS[name];
  if (!set) throw new Error(`unknown --lexical feature set ${JSON.stringify(name)} (known: ${Object.keys(LEXICAL_SETS).join(", ")})`);
  return set;
}

function lexicalSettings(
  featureSets: readonly string[],
  opts: { lambdas?: readonly number[]; idf?: boolean; nb?: readonly number[]; bags?: number } = {},
): PartSetting[] {
  return featureSets.flatMap((featureSet) =>
    (opts.nb ?? [0]).flatMap((nb) =>
      POS_WEIGHT_POWERS.flatMap((posWeightPower) =>
        (opts.lambdas ?? LEXICAL_LAMBDAS).map((lambda) => ({
          part: "lexical" as const,
          featureSet,
          cfg: {
            features: lexicalSet(featureSet),
            lambda,
            posWeightPower,
            idf: opts.idf ?? true,
            minDf: 2,
            handScale: 1,
            keepTop: 0,
            nb,
            bags: opts.bags ?? 0,
            maxIter: 150,
          },
        })),
      ),
    ),
  );
}

/** Fraction of the training documents in each bag, and the number of bags, of the bagged procedure. */
const BAG_FRACTION = 0.6;
const BAGS = 12;

/** A way to build the model, compared with the others under the same nested cross-validation. */
interface Procedure {
  readonly name: string;
  readonly description: string;
  readonly lexical: readonly PartSetting[];
  /** Candidate weights of the n-gram part in the ensemble; [1] = the n-gram regression alone. */
  readonly alphas: readonly number[];
}

function allProcedures(featureSets: readonly string[]): Procedure[] {
  return [
    { name: "plain", description: "n-gram regression", lexical: lexicalSettings(["words"]), alphas: [1] },
    { name: "ensemble", description: "n-grams + hand features, ensemble", lexical: lexicalSettings(featureSets), alphas: ENSEMBLE_WEIGHTS },
    {
      name: "wide",
      description: "n-gram regression, wider regularisation grid",
      lexical: lexicalSettings(["words"], { lambdas: [0.003, 0.01, 0.03, 0.1, 0.3, 1] }),
      alphas: [1],
    },
    {
      name: "nb",
      description: "n-gram regression over NB log-count-ratio scaled features",
      lexical: lexicalSettings(["words"], { lambdas: [0.01, 0.03, 0.1, 0.3, 1], nb: [1] }),
      alphas: [1],
    },
    {
      name: "nb-noidf",
      description: "n-gram regression over NB log-count-ratio scaled features, without IDF",
      lexical: lexicalSettings(["words"], { lambdas: [0.003, 0.01, 0.03, 0.1, 0.3], idf: false, nb: [1] }),
      alphas: [1],
    },
    {
      // With 36 negatives to a positive and ~10^5 n-gram columns, add-one smoothing swamps the positives' counts.
      name: "nb-alpha",
      description: "n-gram regression over NB log-count-ratio scaled features, smoothing chosen inside",
      lexical: lexicalSettings(["words"], { lambdas: [0.01, 0.03, 0.1, 0.3, 1], nb: [0.03, 0.1, 0.3] }),
      alphas: [1],
    },
    {
      name: "bagged",
      description: `n-gram regression bagged by document (${BAGS} fits on ${BAG_FRACTION * 100}% of the documents, weights averaged)`,
      lexical: lexicalSettings(["words"], { bags: BAGS }),
      alphas: [1],
    },
  ];
}

/** The procedures named in `list` (comma-separated; all when undefined), in their fixed order. */
function selectProcedures(list: string | undefined, featureSets: readonly string[]): Procedure[] {
  const all = allProcedures(featureSets);
  if (list === undefined) return all;
  const names = list.split(",");
  for (const n of names) {
    if (!all.some((p) => p.name === n)) throw new Error(`unknown procedure ${JSON.stringify(n)} (known: ${all.map((p) => p.name).join(", ")})`);
  }
  return all.filter((p) => names.includes(p.name));
}

/** One-sided sign test: P(at least `wins` successes in `n` fair coin flips). */
function signTestP(wins: number, n: number): number {
  let p = 0;
  let c = 1; // C(n, k), built up from k = 0
  for (let k = 0; k <= n; k++) {
    if (k >= wins) p += c / 2 ** n;
    c = (c * (n - k)) / (k + 1);
  }
  return p;
}

const HAND_SETTINGS: PartSetting[] = POS_WEIGHT_POWERS.flatMap((posWeightPower) =>
  HAND_LAMBDAS.map((lambda) => ({
    part: "hand" as const,
    featureSet: "hand",
    cfg: { features: HAND_SET, lambda, posWeightPower, idf: false, minDf: 1, handScale: 1, keepTop: 0, nb: 0, bags: 0, maxIter: 300 },
  })),
);

function describeSetting(p: PartSetting): string {
  return `${p.featureSet}${p.cfg.nb > 0 ? ` NB(${p.cfg.nb})` : ""}${p.cfg.bags > 0 ? ` ${p.cfg.bags} bags` : ""} lambda=${p.cfg.lambda} posW^${p.cfg.posWeightPower}`;
}

interface Choice {
  readonly lexical: PartSetting;
  readonly hand: PartSetting;
  /** Weight of the n-gram part; the hand part gets 1 - alpha. */
  readonly alpha: number;
  /** Inner cross-validated MAP of this choice. */
  readonly innerMap: number;
}

function describeChoice(c: Choice): string {
  const parts = [c.alpha > 0 ? `${c.alpha} x [${describeSetting(c.lexical)}]` : "", c.alpha < 1 ? `${1 - c.alpha} x [${describeSetting(c.hand)}]` : ""];
  return parts.filter(Boolean).join(" + ");
}

// ---------------------------------------------------------------------------------------------------------------
// Training and scoring on subsets of documents

class Trainer {
  private readonly matrices = new Map<string, Matrix>();
  readonly labels: Uint8Array;
  fits = 0;
  constructor(readonly data: Dataset) {
    this.labels = Uint8Array.from(data.sentences.map((s) => s.label));
  }
  matrix(features: FeatureConfig): Matrix {
    const key = JSON.stringify(features);
    let m = this.matrices.get(key);
    if (!m) {
      m = buildMatrix(
        this.data.sentences.map((s) => s.text),
        features,
      );
      this.matrices.set(key, m);
    }
    return m;
  }
  rowsOf(docs: readonly number[]): Int32Array {
    const set = new Set(docs);
    return Int32Array.from(range(this.data.sentences.length).filter((i) => set.has(this.data.sentences[i]?.doc ?? -1)));
  }
  fit(setting: PartSetting, docs: readonly number[]): Trained {
    const m = this.matrix(setting.cfg.features);
    if (setting.cfg.bags === 0) {
      this.fits++;
      return train(m, this.labels, this.rowsOf(docs), setting.cfg);
    }
    // Bagging by document: the same seeds whatever the documents, so a run is deterministic.
    const sorted = [...docs].sort((x, y) => x - y);
    const size = Math.max(1, Math.round(BAG_FRACTION * sorted.length));
    const weights = new Float64Array(m.cols);
    let bias = 0;
    for (let b = 0; b < setting.cfg.bags; b++) {
      const rand = seededRandom(7919 + b);
      const bag = sorted
        .map((d) => ({ d, key: rand() }))
        .sort((x, y) => x.key - y.key)
        .slice(0, size)
        .map((x) => x.d);
      this.fits++;
      const model = train(m, this.labels, this.rowsOf(bag), setting.cfg);
      for (let c = 0; c < m.cols; c++) weights[c] = (weights[c] ?? 0) + (model.weights[c] ?? 0) / setting.cfg.bags;
      bias += model.bias / setting.cfg.bags;
    }
    return { weights, bias };
  }
  /** Raw log-odds of every sentence of `docs` (in row order) under `model`. */
  score(setting: PartSetting, model: Trained, docs: readonly number[]): Map<number, number> {
    const rows = this.rowsOf(docs);
    const scores = scoreRows(this.matrix(setting.cfg.features), model, rows);
    return new Map(Array.from(rows, (r, i) => [r, scores[i] ?? 0]));
  }
  /** Out-of-fold log-odds of every sentence of the groups' documents: each group scored by a model fitted on the rest. */
  outOfFold(setting: PartSetting, groups: readonly (readonly number[])[]): Map<number, number> {
    const out = new Map<number, number>();
    for (const [g, held] of groups.entries()) {
      const rest = groups.filter((_, k) => k !== g).flat();
      for (const [r, z] of this.score(setting, this.fit(setting, rest), held)) out.set(r, z);
    }
    return out;
  }
  /** Per-document AP of `score` (row -> score) over `docs`. */
  apByDoc(docs: readonly number[], score: (row: number) => number): number[] {
    return docs.map((d) => {
      const rows = this.rowsOf([d]);
      return averagePrecision(Array.from(rows, score), Array.from(rows, (r) => this.labels[r] === 1));
    });
  }
}

/**
 * Chooses the ensemble's settings on `docs` alone: out-of-fold scores over `innerK` groups for every candidate of
 * each part, then the (n-gram setting, hand setting, weight) with the best MAP of the averaged log-odds.
 * `alphas` restricted to [1] gives the plain n-gram baseline.
 */
function choose(
  t: Trainer,
  docs: readonly number[],
  innerK: number,
  lexical: readonly PartSetting[],
  alphas: readonly number[],
  oofCache: Map<string, Map<number, number>>,
): Choice {
  const groups = dealIntoGroups(t.data, docs, innerK);
  const oof = (p: PartSetting): Map<number, number> => {
    const key = `${JSON.stringify(p.cfg)} ${JSON.stringify(groups)}`;
    let scores = oofCache.get(key);
    if (!scores) {
      scores = t.outOfFold(p, groups);
      oofCache.set(key, scores);
    }
    return scores;
  };
  const handCandidates = alphas.some((a) => a < 1) ? HAND_SETTINGS : [HAND_SETTINGS[0]!];
  let best: Choice | undefined;
  for (const lex of lexical) {
    const zl = alphas.some((a) => a > 0) ? oof(lex) : new Map<number, number>();
    for (const hand of handCandidates) {
      const zh = alphas.some((a) => a < 1) ? oof(hand) : new Map<number, number>();
      for (const alpha of alphas) {
        const innerMap = mean(t.apByDoc(docs, (r) => alpha * (zl.get(r) ?? 0) + (1 - alpha) * (zh.get(r) ?? 0)));
        if (!best || innerMap > best.innerMap + 1e-12) best = { lexical: lex, hand, alpha, innerMap };
      }
    }
  }
  return best!;
}

/** Fits the chosen parts on `trainDocs`; returns a scorer of rows (log-odds) and the two fitted parts. */
function fitChoice(t: Trainer, choice: Choice, trainDocs: readonly number[]): { lexical: Trained; hand: Trained } {
  const zero: Trained = { weights: new Float64Array(0), bias: 0 };
  return {
    lexical: choice.alpha > 0 ? t.fit(choice.lexical, trainDocs) : zero,
    hand: choice.alpha < 1 ? t.fit(choice.hand, trainDocs) : zero,
  };
}

function scoreChoice(t: Trainer, choice: Choice, fitted: { lexical: Trained; hand: Trained }, docs: readonly number[]): Map<number, number> {
  const zl = choice.alpha > 0 ? t.score(choice.lexical, fitted.lexical, docs) : new Map<number, number>();
  const zh = choice.alpha < 1 ? t.score(choice.hand, fitted.hand, docs) : new Map<number, number>();
  const out = new Map<number, number>();
  for (const r of t.rowsOf(docs)) out.set(r, choice.alpha * (zl.get(r) ?? 0) + (1 - choice.alpha) * (zh.get(r) ?? 0));
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Baselines

function baselineMaps(t: Trainer, docs: readonly number[]): { random: number; length: number } {
  const rand = seededRandom(2019);
  const trials = 100;
  let random = 0;
  for (let k = 0; k < trials; k++) random += mean(t.apByDoc(docs, () => rand()));
  const length = mean(t.apByDoc(docs, (r) => t.data.sentences[r]?.text.length ?? 0));
  return { random: random / trials, length };
}

// ---------------------------------------------------------------------------------------------------------------
// Main

function argValue(args: readonly string[], name: string): string | undefined {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
}

function main(): void {
  const args = process.argv.slice(2);
  const dataFile = path.resolve(
    argValue(args, "--data") ?? path.join(REPO_ROOT, "../shared/datasets/clef2019-task1-train.csv"),
  );
  const outFile = path.resolve(argValue(args, "--out") ?? path.join(REPO_ROOT, "lib/domain/checkWorthiness/weights.json"));
  const outerK = Number(argValue(args, "--outer") ?? 5);
  const innerK = outerK - 1;
  const holdOutCount = Number(argValue(args, "--hold-out") ?? 4);
  const featureSets = (argValue(args, "--lexical") ?? "words").split(",");
  const t0 = Date.now();
  const data = loadDataset(dataFile);
  const t = new Trainer(data);
  const positives = data.sentences.filter((s) => s.label === 1).length;
  console.log(`data: ${dataFile}\n  ${data.sentences.length} sentences, ${positives} positives, ${data.docNames.length} documents`);

  const byDate = docsByDate(data, range(data.docNames.length));
  const heldOut = byDate.slice(byDate.length - holdOutCount);
  const devDocs = byDate.slice(0, byDate.length - holdOutCount);
  const name = (d: number): string => data.docNames[d] ?? String(d);
  console.log(`held out until the end (latest ${holdOutCount} by date): ${heldOut.map(name).join(", ")}`);
  const base = baselineMaps(t, devDocs);
  console.log(`trivial baselines on the ${devDocs.length} development documents: random ranking MAP ${base.random.toFixed(4)} (mean of 100 shuffles), longest-first ${base.length.toFixed(4)}`);

  const procedures = selectProcedures(argValue(args, "--procedures"), featureSets);
  const oofCache = new Map<string, Map<number, number>>();

  // Nested cross-validation on the development documents: every procedure goes through the same outer and inner folds.
  const outer = dealIntoGroups(data, devDocs, outerK);
  console.log(`\nnested cross-validation: ${outer.length} outer folds of whole documents; inside each, every setting is chosen on ${innerK} inner folds of its training documents`);
  const foldMaps = procedures.map(() => [] as number[]);
  const docAps = procedures.map(() => new Map<number, number>());
  for (const [k, testDocs] of outer.entries()) {
    const trainDocs = outer.filter((_, j) => j !== k).flat();
    console.log(`  outer fold ${k + 1} (${testDocs.map(name).join(", ")}):`);
    procedures.forEach((proc, i) => {
      const tf = Date.now();
      const choice = choose(t, trainDocs, innerK, proc.lexical, proc.alphas, oofCache);
      const z = scoreChoice(t, choice, fitChoice(t, choice, trainDocs), testDocs);
      const aps = t.apByDoc(testDocs, (r) => z.get(r) ?? 0);
      testDocs.forEach((d, j) => docAps[i]?.set(d, aps[j] ?? 0));
      foldMaps[i]?.push(mean(aps));
      console.log(
        `    ${proc.name.padEnd(10)} MAP ${mean(aps).toFixed(4)}  chosen inside (inner MAP ${choice.innerMap.toFixed(4)}): ${describeChoice(choice)}  (${((Date.now() - tf) / 1000).toFixed(0)} s)`,
      );
    });
  }
  const nested = foldMaps.map(mean);
  const plainAt = procedures.findIndex((p) => p.name === "plain");
  if (plainAt < 0) throw new Error("--procedures must include plain (the reference)");
  console.log(`\nAP per development document, each scored by a model that never saw it (${procedures.map((p) => p.name).join(" / ")}):`);
  for (const d of devDocs) console.log(`  ${name(d).padEnd(30)} ${docAps.map((a) => (a.get(d) ?? 0).toFixed(4)).join(" / ")}`);

  // A procedure replaces the plain regression only if it beats it by more than noise: on the mean, on at least 4 of
  // 5 outer folds, and on enough documents that a one-sided sign test gives p < 0.05.
  console.log(`\nNESTED-CV MAP (mean over ${outer.length} outer folds; wins against plain per fold and per document, sign test):`);
  const verdicts = procedures.map((proc, i) => {
    const folds = foldMaps[i] ?? [];
    const plainFolds = foldMaps[plainAt] ?? [];
    const foldWins = folds.filter((f, k) => f > (plainFolds[k] ?? 0)).length;
    const docWins = devDocs.filter((d) => (docAps[i]?.get(d) ?? 0) > (docAps[plainAt]?.get(d) ?? 0)).length;
    const docLosses = devDocs.filter((d) => (docAps[i]?.get(d) ?? 0) < (docAps[plainAt]?.get(d) ?? 0)).length;
    const p = signTestP(docWins, docWins + docLosses);
    const wins = i !== plainAt && (nested[i] ?? 0) > (nested[plainAt] ?? 0) && foldWins >= Math.ceil(0.8 * folds.length) && p < 0.05;
    console.log(
      `  ${proc.name.padEnd(10)} ${(nested[i] ?? 0).toFixed(4)}  per fold ${folds.map((f) => f.toFixed(4)).join("  ")}` +
        (i === plainAt ? "  (reference)" : `  folds won ${foldWins}/${folds.length}, documents won ${docWins}/${devDocs.length} (p=${p.toFixed(3)})${wins ? "  WINS" : ""}`),
    );
    return wins;
  });
  let shipAt = plainAt;
  verdicts.forEach((wins, i) => {
    if (wins && (nested[i] ?? 0) > (nested[shipAt] ?? 0)) shipAt = i;
  });
  const shipped = procedures[shipAt]!;

  // Settings of every procedure chosen the same way on all development documents (outerK folds); each is scored once
  // on the held-out documents, and the shipped one is refitted below.
  const finals = procedures.map((proc) => choose(t, devDocs, outerK, proc.lexical, proc.alphas, oofCache));
  const final = finals[shipAt]!;
  console.log(
    `\nshipping ${shipped.name} (${shipped.description}); settings chosen on all ` +
      `${devDocs.length} development documents (CV MAP ${final.innerMap.toFixed(4)}, optimistic): ${describeChoice(final)}`,
  );
  const heldApsOf = finals.map((choice) => {
    const z = scoreChoice(t, choice, fitChoice(t, choice, devDocs), heldOut);
    return t.apByDoc(heldOut, (r) => z.get(r) ?? 0);
  });
  const heldAps = heldApsOf[shipAt] ?? [];
  const heldBase = baselineMaps(t, heldOut);
  console.log(`\nHELD-OUT documents (never used above), MAP (${procedures.map((p) => p.name).join(" / ")}), random ${heldBase.random.toFixed(4)}:`);
  console.log(`  ${"MAP".padEnd(30)} ${heldApsOf.map((a) => mean(a).toFixed(4)).join(" / ")}`);
  heldOut.forEach((d, i) => console.log(`  ${name(d).padEnd(30)} ${heldApsOf.map((a) => (a[i] ?? 0).toFixed(4)).join(" / ")}`));
  const figures = procedures.map((p, i) => `${p.name} ${(nested[i] ?? 0).toFixed(4)} / ${mean(heldApsOf[i] ?? []).toFixed(4)}`).join(", ");

  if (args.includes("--no-write")) {
    console.log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s, ${t.fits} fits`);
    return;
  }

  // Shipped model: chosen settings refitted on every document. Platt scaling is fitted on the out-of-fold scores of
  // the chosen settings (classes balanced) and folded into the weights: the shipped score is sigmoid(a * z + b).
  const all = range(data.docNames.length);
  const fitted = fitChoice(t, final, all);
  const finalGroups = dealIntoGroups(data, devDocs, outerK);
  const oofRows = t.rowsOf(devDocs);
  const oofL = final.alpha > 0 ? t.outOfFold(final.lexical, finalGroups) : new Map<number, number>();
  const oofH = final.alpha < 1 ? t.outOfFold(final.hand, finalGroups) : new Map<number, number>();
  const oof = Array.from(oofRows, (r) => final.alpha * (oofL.get(r) ?? 0) + (1 - final.alpha) * (oofH.get(r) ?? 0));
  const platt = fitPlatt(oof, Array.from(oofRows, (r) => (t.labels[r] === 1 ? 1 : 0)));
  console.log(`Platt calibration on out-of-fold scores: a=${platt.a.toFixed(4)} b=${platt.b.toFixed(4)}`);

  const dense = new Float64Array(featureSpaceSize(HAND_SET));
  const featureConfig: FeatureConfig = {
    ...final.lexical.cfg.features,
    handFeatures: final.alpha < 1 || final.lexical.cfg.features.handFeatures,
  };
  if (final.alpha === 0) Object.assign(featureConfig, { wordUnigrams: false, wordBigrams: false, charMin: 0, charMax: 0 });
  const add = (setting: PartSetting, model: Trained, weight: number): void => {
    if (weight === 0) return;
    const m = t.matrix(setting.cfg.features);
    for (let c = 0; c < m.cols; c++) {
      const f = m.featureOf[c] ?? 0;
      dense[f] = (dense[f] ?? 0) + platt.a * weight * (model.weights[c] ?? 0);
    }
  };
  add(final.lexical, fitted.lexical, final.alpha);
  add(final.hand, fitted.hand, 1 - final.alpha);
  const shippedBias = platt.a * (final.alpha * fitted.lexical.bias + (1 - final.alpha) * fitted.hand.bias) + platt.b;
  const file = encodeWeightsFile(
    {
      version: 2,
      trainedOn: `${path.basename(dataFile)} (${data.sentences.length} sentences, ${positives} positives, ${data.docNames.length} documents)`,
      trainedAt: new Date().toISOString().slice(0, 10),
      cvMap: Number((nested[shipAt] ?? 0).toFixed(4)),
      heldOutMap: Number(mean(heldAps).toFixed(4)),
      notes:
        `cvMap is nested CV by document (${outer.length} outer folds, settings chosen on inner folds) on ${devDocs.length} documents; ` +
        `heldOutMap on the latest ${holdOutCount} (${heldOut.map(name).join(", ")}); nested / held out: ${figures}; ` +
        `shipped: ${describeChoice(final)}, refitted on all ${data.docNames.length} documents`,
      featureConfig,
    },
    shippedBias,
    dense,
    1e-4,
  );
  const handBase = 1 << featureConfig.hashBits;
  const handWeights = HAND_FEATURE_NAMES.map((n, k) => `${n} ${(dense[handBase + k] ?? 0).toFixed(3)}`);
  console.log(`\nhand-feature weights: ${handWeights.join(", ")}`);
  const json = JSON.stringify(file);
  writeFileSync(outFile, json + "\n");
  console.log(`\nwrote ${outFile}: ${file.weights.length} non-zero weights, ${(json.length / 1024).toFixed(0)} KiB`);

  // Sanity check: the run-time scorer on the written file reproduces the training-time scores.
  const decoded = decodeWeightsFile(JSON.parse(json));
  const z = scoreChoice(t, final, fitted, all);
  let maxDiff = 0;
  data.sentences.forEach((s, i) => {
    maxDiff = Math.max(maxDiff, Math.abs(linearScore(decoded, s.text) - (platt.a * (z.get(i) ?? 0) + platt.b)));
  });
  console.log(`run-time scorer vs training-time log-odds on all ${data.sentences.length} sentences: max |difference| ${maxDiff.toExponential(2)}`);
  console.log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s, ${t.fits} fits`);
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

main();
