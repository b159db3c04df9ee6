// Trains the claim matcher's re-ranker and calibrates its "strong" label on the CLEF-2020 claim-retrieval data, and
// writes lib/domain/claimMatching/weights.json.
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
// - The "strong" label (scripts/matcherCalibration.ts): calibrated inside each outer fold on out-of-fold rankings of
//   its training queries (an inner cross-validation), with and without their answers in the archive; its precision,
//   its share of right strong tops and its share of no-answer queries shown strong are counted on the held-out fold,
//   on the whole archive and on newsroom-sized samples of it (claims only, as the app holds them).
// - The shipped model: the procedure run on train + dev.
// Deterministic: the folds come from a seeded shuffle; training is Newton's method from zero weights.

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Candidate, FEATURE_NAMES, type RetrievalSettings } from "../lib/domain/claimMatching/claimIndex";
import { MATCHER_WEIGHTS_FORMAT, type MatcherWeightsFile, rerank } from "../lib/domain/claimMatching/reranker";
import type { SameClaimCalibration } from "../lib/domain/claimMatching/sameClaim";
import { averagePrecisionAt, parseArchive, parseQrels, parseQueries, type Query } from "./claimRetrievalData";
import { logisticRegression } from "./logisticRegression";
import {
  addCounts,
  commonStems,
  countLabels,
  describeCounts,
  fitCalibration,
  type LabelCounts,
  labelFigures,
  NO_COUNTS,
  type Outcome,
  TARGET_ABSENT,
  TARGET_PRECISION,
} from "./matcherCalibration";
import { TrialArchive } from "./matcherTrialArchive";
import { seededRandom } from "./seededRandom";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SEED = 20_200_911;
const OUTER_FOLDS = 5;
const INNER_FOLDS = 4;
const CANDIDATES = 30;
const K1S = [0.9, 1.2, 1.5];
const BS = [0.6, 0.75, 0.9];
const L2S = [1, 10, 100];
/** Newsroom-sized archives the label is also measured on: random samples of the archive, claims only. */
const SAMPLE_SIZES = [1_000, 100];
const SWEEP_THRESHOLDS = [0.05, 0.1, 0.2, 0.3, 0.4, 0.6, 0.8];

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

function candidateTables(archive: TrialArchive, examples: readonly Example[]): Map<string, CandidateTable> {
  const tables = new Map<string, CandidateTable>();
  // The settings change only the scoring, so one index serves them all.
  for (const retrieval of allRetrievalSettings()) {
    const table: CandidateTable = new Map();
    for (const { query } of examples) table.set(query.id, archive.candidates(query.text, retrieval));
    tables.set(key(retrieval), table);
  }
  return tables;
}

/** Where a query's candidates come from: the archive as it is, without the query's answers, or another archive. */
type Condition = "asIs" | "noAnswer" | "noQrelsClaims";

/**
 * Candidate tables of one archive under each condition, made on first use per retrieval setting (they depend on no
 * labels but the held-out query's own): "noAnswer" takes out the query's right claims and every entry with the
 * same claim text; "noQrelsClaims" only the claims the qrels name (how a duplicate left in the archive shows).
 */
class ConditionTables {
  private readonly made = new Map<string, CandidateTable>();

  /** With `asIs`, the tables of the archive as it is are already made (by retrieval setting). */
  constructor(
    private readonly archive: TrialArchive,
    private readonly examples: readonly Example[],
    private readonly sampled: boolean,
    private readonly asIs = new Map<string, CandidateTable>(),
  ) {}

  get(condition: Condition, retrieval: RetrievalSettings): CandidateTable {
    const k = `${condition} ${key(retrieval)}`;
    let table = condition === "asIs" ? this.asIs.get(key(retrieval)) : undefined;
    table ??= this.made.get(k);
    if (!table) {
      table = new Map();
      for (const { query, relevant } of this.examples) {
        const answers = this.archive.answers(relevant);
        const candidates =
          condition === "noAnswer"
            ? this.archive.without(query.text, answers, retrieval)
            : condition === "noQrelsClaims"
              ? this.archive.without(query.text, [...relevant], retrieval)
              : this.sampled
                ? this.archive.with(query.text, [...relevant], retrieval)
                : this.archive.candidates(query.text, retrieval);
        table.set(query.id, candidates);
      }
      this.made.set(k, table);
    }
    return table;
  }
}

function key(r: RetrievalSettings): string {
  return `${r.k1}/${r.b}`;
}

function allRetrievalSettings(): RetrievalSettings[] {
  return K1S.flatMap((k1) => BS.map((b) => ({ k1, b, candidates: CANDIDATES })));
}

// ---------------------------------------------------------------------------------------------------------------
// Re-ranker training

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

// ---------------------------------------------------------------------------------------------------------------
// The "strong" label

/** Rankings of `examples` by `model`: with the answer in `present`'s archive, and, given `absent`, without it. */
function outcomesOf(model: Fitted, examples: readonly Example[], present: CandidateTable, absent?: CandidateTable): Outcome[] {
  return examples.flatMap(({ query, relevant }) => {
    const ranked = rerank(model, present.get(query.id) ?? []);
    const outcomes: Outcome[] = [{ ranked, right: relevant.has(ranked[0]?.candidate.id ?? ""), answerAbsent: false }];
    if (absent) outcomes.push({ ranked: rerank(model, absent.get(query.id) ?? []), right: false, answerAbsent: true });
    return outcomes;
  });
}

/** Calibrates the label on `examples` alone: each ranked by a re-ranker trained on the other inner folds. */
function calibrate(tables: ConditionTables, examples: readonly Example[], settings: Settings, common: readonly string[], seed: number): SameClaimCalibration {
  const inner = foldsOf(examples, INNER_FOLDS, seed);
  const asIs = tables.get("asIs", settings.retrieval);
  const noAnswer = tables.get("noAnswer", settings.retrieval);
  const outcomes = inner.flatMap((held, f) => outcomesOf(trainOn(asIs, inner.filter((_, g) => g !== f).flat(), settings.l2), held, asIs, noAnswer));
  return fitCalibration(outcomes, common);
}

/** What the label did on held-out queries: the whole archive, duplicates left in, and each sample size. */
interface HeldOutCounts {
  readonly archive: LabelCounts;
  readonly qrelsClaimsOnlyOut: LabelCounts;
  readonly samples: readonly LabelCounts[];
}

function heldOutCounts(
  calibration: SameClaimCalibration,
  model: Fitted,
  held: readonly Example[],
  retrieval: RetrievalSettings,
  full: ConditionTables,
  samples: readonly ConditionTables[],
): HeldOutCounts {
  const asIs = full.get("asIs", retrieval);
  const qrelsOnly = countLabels(calibration, outcomesOf(model, held, asIs, full.get("noQrelsClaims", retrieval)));
  return {
    archive: countLabels(calibration, outcomesOf(model, held, asIs, full.get("noAnswer", retrieval))),
    qrelsClaimsOnlyOut: { ...NO_COUNTS, absentQueries: qrelsOnly.absentQueries, absentStrong: qrelsOnly.absentStrong },
    samples: samples.map((tables) => countLabels(calibration, outcomesOf(model, held, tables.get("asIs", retrieval), tables.get("noAnswer", retrieval)))),
  };
}

function addHeldOut(a: HeldOutCounts, b: HeldOutCounts): HeldOutCounts {
  return {
    archive: addCounts(a.archive, b.archive),
    qrelsClaimsOnlyOut: addCounts(a.qrelsClaimsOnlyOut, b.qrelsClaimsOnlyOut),
    samples: a.samples.map((c, i) => addCounts(c, b.samples[i] ?? NO_COUNTS)),
  };
}

function printHeldOut(c: HeldOutCounts, archiveSize: number, indent: string): void {
  const dupes = c.qrelsClaimsOnlyOut;
  console.log(`${indent}whole archive (${archiveSize.toLocaleString("en")} claims): ${describeCounts(c.archive)}`);
  console.log(
    `${indent}  no answer when only the qrels' claims are taken out (word-for-word duplicates left in): shown strong ` +
      `${labelFigures(dupes).absentShownStrong.toFixed(3)} (${dupes.absentStrong}/${dupes.absentQueries})`,
  );
  SAMPLE_SIZES.forEach((size, i) => console.log(`${indent}sample of ${size.toLocaleString("en")} claims, claims only: ${describeCounts(c.samples[i] ?? NO_COUNTS)}`));
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
  const trial = new TrialArchive(archive, archive, allRetrievalSettings()[0] as RetrievalSettings);
  const tables = candidateTables(trial, all);
  console.log(`candidates for ${allRetrievalSettings().length} BM25 settings in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const full = new ConditionTables(trial, all, false, tables);
  const samples = SAMPLE_SIZES.map(
    (size, i) => new ConditionTables(TrialArchive.sample(archive, size, allRetrievalSettings()[0] as RetrievalSettings, SEED + 100 + i), all, true),
  );
  // Which words are common is read from the archive alone (no labels), so every fold may share it.
  const common = commonStems(archive);
  console.log(`${common.length} common stems (in at least 1 % of the archive's claims)`);
  console.log(`"strong" targets on each fold's training queries: precision ≥ ${TARGET_PRECISION}, no answer shown strong ≤ ${TARGET_ABSENT}`);

  // 1. Cross-validation over train + dev, settings and calibration chosen inside each outer fold.
  const outer = foldsOf(all, OUTER_FOLDS, SEED);
  let cvSum = 0;
  let cvBm25Sum = 0;
  let pooled: HeldOutCounts | undefined;
  const judged: { calibration: SameClaimCalibration; model: Fitted; held: Example[]; retrieval: RetrievalSettings }[] = [];
  for (let f = 0; f < outer.length; f++) {
    const held = outer[f] as Example[];
    const rest = outer.filter((_, g) => g !== f).flat();
    const settings = chooseSettings(tables, rest, SEED + f + 1);
    const table = tables.get(key(settings.retrieval)) as CandidateTable;
    const model = trainOn(table, rest, settings.l2);
    const map = rerankedMap(table, model, held);
    const bm25 = bm25Map(table, held);
    cvSum += map * held.length;
    cvBm25Sum += bm25 * held.length;
    console.log(`  fold ${f + 1}: MAP@5 ${map.toFixed(4)} (its BM25 first stage ${bm25.toFixed(4)}); ${describe(settings)}`);
    const calibration = calibrate(full, rest, settings, common, SEED + f + 1);
    const counts = heldOutCounts(calibration, model, held, settings.retrieval, full, samples);
    console.log(`    "strong" from probability ${calibration.threshold.toFixed(3)}: ${describeCounts(counts.archive)}`);
    pooled = pooled ? addHeldOut(pooled, counts) : counts;
    judged.push({ calibration, model, held, retrieval: settings.retrieval });
  }
  const cvMap = cvSum / all.length;
  console.log(`CV MAP@5 over ${explore ? "train only" : "train + dev"} (${OUTER_FOLDS} folds): ${cvMap.toFixed(4)}  (BM25 first stage alone ${(cvBm25Sum / all.length).toFixed(4)})`);
  console.log(`"strong" on the held-out folds, pooled (${all.length} queries; no answer: the right claims and their word-for-word duplicates taken out):`);
  printHeldOut(pooled as HeldOutCounts, archive.length, "  ");
  // What other thresholds would have given (for the record, not for choosing: that was done inside the folds).
  console.log("the same held-out folds with a fixed probability threshold instead (whole archive):");
  for (const threshold of SWEEP_THRESHOLDS) {
    const counts = judged.reduce(
      (sum, { calibration, model, held, retrieval }) =>
        addCounts(sum, countLabels({ ...calibration, threshold }, outcomesOf(model, held, full.get("asIs", retrieval), full.get("noAnswer", retrieval)))),
      NO_COUNTS,
    );
    console.log(`  from ${threshold.toFixed(2)}: ${describeCounts(counts)}`);
  }
  if (explore) return;

  // 2. Dev, scored once by a model and a calibration that never saw it.
  const trainSettings = chooseSettings(tables, train, SEED);
  const trainTable = tables.get(key(trainSettings.retrieval)) as CandidateTable;
  const trainModel = trainOn(trainTable, train, trainSettings.l2);
  const devMap = rerankedMap(trainTable, trainModel, dev);
  const plain = tables.get(key({ k1: 1.2, b: 0.75, candidates: CANDIDATES })) as CandidateTable;
  console.log(`dev MAP@5, trained on train only: ${devMap.toFixed(4)}; ${describe(trainSettings)}`);
  console.log(`dev MAP@5 of the BM25 first stage alone: ${bm25Map(trainTable, dev).toFixed(4)} with those settings; ${bm25Map(plain, dev).toFixed(4)} with k1 1.2, b 0.75`);
  const devCalibration = calibrate(full, train, trainSettings, common, SEED);
  console.log(`dev "strong", calibrated on train only (from probability ${devCalibration.threshold.toFixed(3)}):`);
  printHeldOut(heldOutCounts(devCalibration, trainModel, dev, trainSettings.retrieval, full, samples), archive.length, "  ");

  // 3. The shipped model: everything.
  const settings = chooseSettings(tables, all, SEED);
  const table = tables.get(key(settings.retrieval)) as CandidateTable;
  const fitted = trainOn(table, all, settings.l2);
  const calibration = calibrate(full, all, settings, common, SEED);
  console.log(`shipped model: trained on train + dev; ${describe(settings)}`);
  for (const [j, name] of FEATURE_NAMES.entries()) console.log(`  ${name.padEnd(18)} ${(fitted.weights[j] ?? 0).toFixed(3)}`);
  console.log(
    `shipped "strong": probability ≥ ${calibration.threshold.toFixed(3)} from ${calibration.featureNames.join(", ")} ` +
      `(weights ${calibration.weights.map((w) => w.toFixed(3)).join(", ")}, bias ${calibration.bias.toFixed(3)}; rival floor ${calibration.rivalFloor.toFixed(3)}), ` +
      `and at least ${calibration.minTellingShared} telling words shared`,
  );
  const cv = labelFigures((pooled as HeldOutCounts).archive);
  const round = (v: number) => Number(v.toPrecision(8));
  const file: MatcherWeightsFile = {
    format: MATCHER_WEIGHTS_FORMAT,
    trainedOn: "CLEF-2020 CheckThat! Task 2 (English): train + dev queries, verified-claims archive",
    notes:
      `npm run train:matcher; CV MAP@5 ${cvMap.toFixed(4)} (${OUTER_FOLDS} folds over train + dev, settings chosen inside folds); ` +
      `dev MAP@5 of the train-only model ${devMap.toFixed(4)}; "strong" calibrated inside the folds, figures on held-out folds in crossValidatedStrong`,
    crossValidatedMap5: Number(cvMap.toFixed(4)),
    crossValidatedStrong: {
      precision: Number(cv.precision.toFixed(4)),
      rightStrongTop: Number(cv.rightStrongTop.toFixed(4)),
      noAnswerShownStrong: Number(cv.absentShownStrong.toFixed(4)),
    },
    retrieval: settings.retrieval,
    featureNames: [...FEATURE_NAMES],
    mean: fitted.mean.map(round),
    scale: fitted.scale.map(round),
    weights: fitted.weights.map(round),
    bias: round(fitted.bias),
    calibration: {
      ...calibration,
      mean: calibration.mean.map(round),
      scale: calibration.scale.map(round),
      weights: calibration.weights.map(round),
      bias: round(calibration.bias),
      threshold: round(calibration.threshold),
      rivalFloor: round(calibration.rivalFloor),
    },
  };
  if (write) {
    const out = path.join(REPO_ROOT, "lib/domain/claimMatching/weights.json");
    writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
    console.log(`wrote ${path.relative(REPO_ROOT, out)}`);
  }
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
