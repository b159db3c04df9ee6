// The CLEF-2022 CheckThat! Task 1A tweets and the tweet models trained on them: loading, the untouched part, seeded
// stratified folds, the settings searched, fitting, and scoring tweets the way the split command scores a line.
// Shared by scripts/train-checkworthiness-clef.ts and scripts/choose-suggestion-thresholds.ts.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { averagePrecision } from "../lib/domain/checkWorthiness/averagePrecision";
import type { FeatureConfig } from "../lib/domain/checkWorthiness/features";
import { HAND_FEATURE_COUNT } from "../lib/domain/checkWorthiness/handFeatures";
import { linearScore } from "../lib/domain/checkWorthiness/scorer";
import type { CheckWorthinessModel } from "../lib/domain/checkWorthiness/weightsFile";
import { type ScoringUnit, claimCandidates, scoringTexts } from "../lib/domain/claimCandidates";
import { isPostLikeText } from "../lib/domain/postLikeText";
import { seededRandom } from "./seededRandom";
import { type Matrix, type TrainConfig, type Trained, buildMatrix, scoreRows, train } from "./sparseLogisticRegression";

export const LANGUAGES = ["en", "es", "ar", "bg", "nl", "tr"] as const;
export const UNTOUCHED_SHARE = 0.15;
export const OUTER_FOLDS = 5;
export const INNER_FOLDS = 3;
/** Settings within this much inner-CV AP of the best count as equal; the one with fewer hash bits then wins. */
const EQUAL_AP = 0.003;
/** Quantisation levels of the shipped weights (max |w| = this many steps). */
export const WEIGHT_LEVELS = 500;

export interface Tweet {
  readonly text: string;
  readonly label: 0 | 1;
}

export function loadTweets(dir: string, lang: string): Tweet[] {
  const tweets: Tweet[] = [];
  for (const part of ["train", "dev"]) {
    const lines = readFileSync(path.join(dir, lang, `${part}.tsv`), "utf8").split("\n");
    const header = (lines[0] ?? "").split("\t");
    const [cText, cLabel] = [header.indexOf("tweet_text"), header.indexOf("class_label")];
    if (cText < 0 || cLabel < 0) throw new Error(`${lang}/${part}.tsv: missing tweet_text or class_label`);
    for (const line of lines.slice(1)) {
      if (line.trim() === "") continue;
      const fields = line.split("\t");
      // One post a line: any other line break inside a tweet would split it in two for the splitter.
      const text = (fields[cText] ?? "").replace(/[\r\v\f\u0085\u2028\u2029]/g, " ");
      tweets.push({ text, label: fields[cLabel]?.trim() === "1" ? 1 : 0 });
    }
  }
  return tweets;
}

// ---------------------------------------------------------------------------------------------------------------
// Settings

export interface Setting {
  readonly name: string;
  readonly features: FeatureConfig;
  readonly lambda: number;
  /** Training options that differ from trainConfig's defaults (none change the shipped file's format). */
  readonly train?: Partial<Pick<TrainConfig, "posWeightPower" | "idf" | "minDf" | "handScale" | "nb">>;
}

const NGRAM_SETS: readonly { name: string; words: "1" | "1-2"; charMin: number; charMax: number }[] = [
  { name: "w1+c2-4", words: "1", charMin: 2, charMax: 4 },
  { name: "w1-2+c2-5", words: "1-2", charMin: 2, charMax: 5 },
];
const LAMBDAS = [0.1, 0.03, 0.01, 0.003]; // largest first: each fit starts from the previous one's solution
const HASH_BITS = [18];

function features(set: (typeof NGRAM_SETS)[number], hashBits: number): FeatureConfig {
  return {
    hashBits,
    wordUnigrams: true,
    wordBigrams: set.words === "1-2",
    charMin: set.charMin,
    charMax: set.charMax,
    handFeatures: false,
    unicodeWords: true,
    maskUrls: true,
  };
}

export const GRID: Setting[] = HASH_BITS.flatMap((bits) =>
  NGRAM_SETS.flatMap((set) =>
    LAMBDAS.map((lambda) => ({ name: `${set.name} L2=${lambda} ${bits}b`, features: features(set, bits), lambda })),
  ),
);

/**
 * Bulgarian's own settings: words also cut to their first 5 letters (a crude stem for a language of many endings),
 * and NB-scaled columns (Wang & Manning 2012), which a screen of 5-fold CV on the tweets outside the untouched part
 * preferred to every setting of GRID (0.52 against 0.50); the other languages keep GRID.
 */
const BULGARIAN_GRID: Setting[] = [
  { name: "w1+p5+c2-4", charMin: 2, charMax: 4 },
  { name: "w1+p5+c3-5", charMin: 3, charMax: 5 },
].flatMap((set) =>
  [0.03, 0.01, 0.003].map((lambda) => ({
    name: `${set.name} NB L2=${lambda} 16b`,
    features: { ...features(NGRAM_SETS[0]!, 16), charMin: set.charMin, charMax: set.charMax, wordPrefix: 5 },
    lambda,
    train: { nb: 1 },
  })),
);

/** The settings searched for `lang`. */
export function gridFor(lang: string): Setting[] {
  return lang === "bg" ? BULGARIAN_GRID : GRID;
}

/** The plain, untuned reference: word 1-2-grams and character 2-5-grams, one middling L2, 18 bits. */
export const BASELINE: Setting = { name: "baseline w1-2+c2-5 L2=0.01 18b", features: features(NGRAM_SETS[1] ?? NGRAM_SETS[0]!, 18), lambda: 0.01 };

export function trainConfig(s: Setting): TrainConfig {
  return { features: s.features, lambda: s.lambda, posWeightPower: 1, idf: true, minDf: 2, handScale: 0, keepTop: 0, nb: 0, bags: 0, maxIter: 100, ...s.train };
}

// ---------------------------------------------------------------------------------------------------------------
// Folds and fitting

export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** Deals `rows` into k stratified groups after a seeded shuffle. */
export function stratifiedGroups(rows: readonly number[], labels: Uint8Array, k: number, seed: number): number[][] {
  const random = seededRandom(seed);
  const shuffled = rows.map((r) => ({ r, key: random() })).sort((a, b) => a.key - b.key).map((x) => x.r);
  const groups: number[][] = Array.from({ length: k }, () => []);
  let i = 0;
  for (const y of [1, 0]) for (const r of shuffled) if (labels[r] === y) groups[i++ % k]?.push(r);
  return groups.map((g) => g.sort((a, b) => a - b));
}

export class Trainer {
  private readonly matrices = new Map<string, Matrix>();
  fits = 0;
  constructor(
    readonly tweets: readonly Tweet[],
    readonly labels: Uint8Array,
    readonly grid: readonly Setting[] = GRID,
  ) {}

  matrix(f: FeatureConfig): Matrix {
    const key = JSON.stringify(f);
    let m = this.matrices.get(key);
    if (!m) {
      m = buildMatrix(
        this.tweets.map((t) => t.text),
        f,
      );
      this.matrices.set(key, m);
    }
    return m;
  }

  /** Fits every setting of `settings` on `rows` (warm-starting along each L2 path); returns them in order. */
  fitAll(settings: readonly Setting[], rows: readonly number[]): Trained[] {
    const trainRows = Int32Array.from(rows);
    const warm = new Map<string, Float64Array>();
    return settings.map((s) => {
      const key = JSON.stringify([s.features, s.train]);
      const fitted = train(this.matrix(s.features), this.labels, trainRows, trainConfig(s), warm.get(key));
      if (fitted.raw) warm.set(key, fitted.raw);
      this.fits++;
      return fitted;
    });
  }

  /** AP of ranking `rows` by the fitted model's score of the whole tweet. */
  apOfRows(s: Setting, model: Trained, rows: readonly number[]): number {
    const scores = scoreRows(this.matrix(s.features), model, Int32Array.from(rows));
    return averagePrecision(scores, rows.map((r) => this.labels[r] as 0 | 1));
  }

  /** The setting with the best mean AP over `k` folds of `rows` (fewer hash bits when nearly equal). */
  choose(rows: readonly number[], seed: number): Setting {
    const folds = stratifiedGroups(rows, this.labels, INNER_FOLDS, seed);
    const grid = this.grid;
    const sums = new Float64Array(grid.length);
    for (const test of folds) {
      const inTest = new Set(test);
      const fitted = this.fitAll(grid, rows.filter((r) => !inTest.has(r)));
      grid.forEach((s, i) => (sums[i] = (sums[i] ?? 0) + this.apOfRows(s, fitted[i] as Trained, test)));
    }
    const aps = [...sums].map((x) => x / folds.length);
    const best = Math.max(...aps);
    const fewestBits = Math.min(...grid.filter((_, i) => (aps[i] ?? 0) >= best - EQUAL_AP).map((s) => s.features.hashBits));
    let chosen = -1;
    grid.forEach((s, i) => {
      if (s.features.hashBits === fewestBits && (chosen < 0 || (aps[i] ?? 0) > (aps[chosen] ?? 0))) chosen = i;
    });
    return grid[chosen] as Setting;
  }

  /** The fitted model as the run-time scorer sees it (dense weights over the feature space). */
  toModel(s: Setting, fitted: Trained): CheckWorthinessModel {
    const m = this.matrix(s.features);
    const weights = new Float32Array((1 << s.features.hashBits) + HAND_FEATURE_COUNT);
    for (let c = 0; c < m.cols; c++) weights[m.featureOf[c] ?? 0] = fitted.weights[c] ?? 0;
    return { config: s.features, bias: fitted.bias, weights };
  }
}

/**
 * Each of `rows` scored the split command's way (log-odds): their tweets one a line, spans from claimCandidates, each
 * scored on `unit`, a line scored by its best span; -Infinity for a line without a span. `fallback` false = the spans
 * the splitter offers today (suggestible sentences only), whatever the text looks like.
 */
export function lineScoresThroughSplit(tweets: readonly Tweet[], rows: readonly number[], model: CheckWorthinessModel, unit: ScoringUnit, fallback = true): number[] {
  const text = rows.map((r) => tweets[r]?.text ?? "").join("\n");
  const candidates = claimCandidates(text, fallback && isPostLikeText(text));
  const scores = scoringTexts(candidates, unit).map((t) => linearScore(model, t));
  const lineStarts: number[] = [];
  let at = 0;
  for (const r of rows) {
    lineStarts.push(at);
    at += (tweets[r]?.text.length ?? 0) + 1;
  }
  const best = rows.map(() => -Infinity);
  let line = 0;
  candidates.forEach((c, i) => {
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? 0) <= c.start) line++;
    best[line] = Math.max(best[line] ?? -Infinity, scores[i] ?? -Infinity);
  });
  return best;
}

/** AP of ranking `rows` the split command's way (see lineScoresThroughSplit); lines without a span rank last. */
export function apThroughSplit(tweets: readonly Tweet[], rows: readonly number[], model: CheckWorthinessModel, unit: ScoringUnit, fallback = true): number {
  const best = lineScoresThroughSplit(tweets, rows, model, unit, fallback);
  return averagePrecision(best, rows.map((r) => (tweets[r]?.label ?? 0) as 0 | 1));
}

/** The seed of a language's shuffles (the untouched part, the folds). */
export function languageSeed(lang: string): number {
  return 20220 + LANGUAGES.indexOf(lang as (typeof LANGUAGES)[number]);
}

/** A language's tweets split into the untouched part (kept out of all tuning) and the rest (`dev`). */
export function untouchedSplit(labels: Uint8Array, seed: number): { untouched: number[]; dev: number[] } {
  const all = Array.from(labels, (_, i) => i);
  const parts = stratifiedGroups(all, labels, Math.round(1 / UNTOUCHED_SHARE), seed);
  const untouched = parts[0] ?? [];
  const inUntouched = new Set(untouched);
  return { untouched, dev: all.filter((r) => !inUntouched.has(r)) };
}

/** The folder of the CLEF-2022 tweets: beside the repository (../shared), or beside the folder of worktrees (../../shared). */
export function clefDataDir(repoRoot: string): string {
  return (
    ["../shared", "../../shared"].map((d) => path.join(repoRoot, d, "datasets/clef2022-checkworthiness")).find((d) => existsSync(d)) ??
    "../shared/datasets/clef2022-checkworthiness"
  );
}

/** The value after `name` in `args`, if any. */
export function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** What the scripts' command line asks for: `--lang a,b` (every language when absent), `--data DIR`, `--no-write`. */
export function commandLine(args: readonly string[], repoRoot: string): { langs: string[]; dataDir: string; write: boolean } {
  const langs = (argValue(args, "--lang") ?? LANGUAGES.join(",")).split(",");
  for (const lang of langs) {
    if (!(LANGUAGES as readonly string[]).includes(lang)) throw new Error(`unknown --lang ${JSON.stringify(lang)} (known: ${LANGUAGES.join(", ")})`);
  }
  return { langs, dataDir: argValue(args, "--data") ?? clefDataDir(repoRoot), write: !args.includes("--no-write") };
}
