// Trains one check-worthiness model per language on the CLEF-2022 CheckThat! Task 1A tweets (train + dev) and
// estimates honestly how it ranks tweets it has not seen, the way the project is judged: all tweets of a language,
// one a line, through the split command's path (claimCandidates + the model), each line scored by its best span.
//
// Per language: 15% of the tweets (stratified, seeded) are kept untouched until the end. On the rest, nested
// cross-validation: 5 outer folds; in each, the setting (n-gram ranges, L2 strength, hash bits) is chosen by 3 inner
// folds of the outer training part only, fitted on that part and scored on the outer test fold, both with each span
// scored on its own ("sentence") and by its whole line ("line"). The same is done for a plain, untuned setting (the
// baseline). Then the setting is chosen by 3 folds of all but the untouched part, fitted on it, and scored once on
// the untouched part; the shipped model is that setting refitted on every tweet, quantised.
//
//   npm run train:checkworthiness:clef -- [--lang en,es,ar,bg,nl,tr] [--data DIR] [--no-write]
//
// Deterministic: folds and the untouched part come from a seeded shuffle; the optimiser starts from fixed points.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { averagePrecision } from "../lib/domain/checkWorthiness/averagePrecision";
import type { FeatureConfig } from "../lib/domain/checkWorthiness/features";
import { HAND_FEATURE_COUNT } from "../lib/domain/checkWorthiness/handFeatures";
import { linearScore } from "../lib/domain/checkWorthiness/scorer";
import { type CheckWorthinessModel, decodeWeightsFile, encodeQuantisedWeightsFile } from "../lib/domain/checkWorthiness/weightsFile";
import { type ScoringUnit, claimCandidates, scoringTexts } from "../lib/domain/claimCandidates";
import { isPostLikeText } from "../lib/domain/postLikeText";
import { seededRandom } from "./seededRandom";
import { type Matrix, type TrainConfig, type Trained, buildMatrix, scoreRows, train } from "./sparseLogisticRegression";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LANGUAGES = ["en", "es", "ar", "bg", "nl", "tr"] as const;
const UNTOUCHED_SHARE = 0.15;
const OUTER_FOLDS = 5;
const INNER_FOLDS = 3;
/** Settings within this much inner-CV AP of the best count as equal; the one with fewer hash bits then wins. */
const EQUAL_AP = 0.003;
/** Quantisation levels of the shipped weights (max |w| = this many steps). */
const WEIGHT_LEVELS = 500;

interface Tweet {
  readonly text: string;
  readonly label: 0 | 1;
}

function loadTweets(dir: string, lang: string): Tweet[] {
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

interface Setting {
  readonly name: string;
  readonly features: FeatureConfig;
  readonly lambda: number;
}

const NGRAM_SETS: readonly { name: string; words: "1" | "1-2"; charMin: number; charMax: number }[] = [
  { name: "w1+c2-4", words: "1", charMin: 2, charMax: 4 },
  { name: "w1-2+c2-5", words: "1-2", charMin: 2, charMax: 5 },
];
const LAMBDAS = [0.1, 0.03, 0.01, 0.003]; // largest first: each fit starts from the previous one's solution
const HASH_BITS = [16, 18];

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

const GRID: Setting[] = HASH_BITS.flatMap((bits) =>
  NGRAM_SETS.flatMap((set) =>
    LAMBDAS.map((lambda) => ({ name: `${set.name} L2=${lambda} ${bits}b`, features: features(set, bits), lambda })),
  ),
);

/** The plain, untuned reference: word 1-2-grams and character 2-5-grams, one middling L2, 18 bits. */
const BASELINE: Setting = { name: "baseline w1-2+c2-5 L2=0.01 18b", features: features(NGRAM_SETS[1] ?? NGRAM_SETS[0]!, 18), lambda: 0.01 };

function trainConfig(s: Setting): TrainConfig {
  return { features: s.features, lambda: s.lambda, posWeightPower: 1, idf: true, minDf: 2, handScale: 0, keepTop: 0, nb: 0, bags: 0, maxIter: 100 };
}

// ---------------------------------------------------------------------------------------------------------------
// Folds and fitting

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** Deals `rows` into k stratified groups after a seeded shuffle. */
function stratifiedGroups(rows: readonly number[], labels: Uint8Array, k: number, seed: number): number[][] {
  const random = seededRandom(seed);
  const shuffled = rows.map((r) => ({ r, key: random() })).sort((a, b) => a.key - b.key).map((x) => x.r);
  const groups: number[][] = Array.from({ length: k }, () => []);
  let i = 0;
  for (const y of [1, 0]) for (const r of shuffled) if (labels[r] === y) groups[i++ % k]?.push(r);
  return groups.map((g) => g.sort((a, b) => a - b));
}

class Trainer {
  private readonly matrices = new Map<string, Matrix>();
  fits = 0;
  constructor(
    readonly tweets: readonly Tweet[],
    readonly labels: Uint8Array,
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
      const key = JSON.stringify(s.features);
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
    const sums = new Float64Array(GRID.length);
    for (const test of folds) {
      const inTest = new Set(test);
      const fitted = this.fitAll(GRID, rows.filter((r) => !inTest.has(r)));
      GRID.forEach((s, i) => (sums[i] = (sums[i] ?? 0) + this.apOfRows(s, fitted[i] as Trained, test)));
    }
    const aps = [...sums].map((x) => x / folds.length);
    const best = Math.max(...aps);
    const fewestBits = Math.min(...GRID.filter((_, i) => (aps[i] ?? 0) >= best - EQUAL_AP).map((s) => s.features.hashBits));
    let chosen = -1;
    GRID.forEach((s, i) => {
      if (s.features.hashBits === fewestBits && (chosen < 0 || (aps[i] ?? 0) > (aps[chosen] ?? 0))) chosen = i;
    });
    return GRID[chosen] as Setting;
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
 * AP of ranking `rows` the split command's way: their tweets one a line, spans from claimCandidates, each scored on
 * `unit`, a line scored by its best span; lines without a span rank last. `fallback` false = the spans the splitter
 * offers today (suggestible sentences only), whatever the text looks like.
 */
function apThroughSplit(tweets: readonly Tweet[], rows: readonly number[], model: CheckWorthinessModel, unit: ScoringUnit, fallback = true): number {
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
  return averagePrecision(best, rows.map((r) => (tweets[r]?.label ?? 0) as 0 | 1));
}

// ---------------------------------------------------------------------------------------------------------------

interface Figures {
  line: number[];
  sentence: number[];
  today: number[];
}

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function trainLanguage(lang: string, dataDir: string, write: boolean): void {
  const t0 = Date.now();
  const tweets = loadTweets(dataDir, lang);
  const labels = Uint8Array.from(tweets.map((t) => t.label));
  const trainer = new Trainer(tweets, labels);
  const all = tweets.map((_, i) => i);
  const seed = 20220 + LANGUAGES.indexOf(lang as (typeof LANGUAGES)[number]);
  const parts = stratifiedGroups(all, labels, Math.round(1 / UNTOUCHED_SHARE), seed);
  const untouched = parts[0] ?? [];
  const inUntouched = new Set(untouched);
  const dev = all.filter((r) => !inUntouched.has(r));
  const positives = tweets.filter((t) => t.label === 1).length;
  console.log(`\n== ${lang}: ${tweets.length} tweets (${positives} check-worthy); untouched ${untouched.length}, cross-validated ${dev.length}`);

  const nested: Figures = { line: [], sentence: [], today: [] };
  const baseline: Figures = { line: [], sentence: [], today: [] };
  const record = (into: Figures, s: Setting, fitted: Trained, rows: readonly number[]): void => {
    const model = trainer.toModel(s, fitted);
    into.line.push(apThroughSplit(tweets, rows, model, "line"));
    into.sentence.push(apThroughSplit(tweets, rows, model, "sentence"));
    into.today.push(apThroughSplit(tweets, rows, model, "sentence", false));
  };
  stratifiedGroups(dev, labels, OUTER_FOLDS, seed + 1).forEach((test, k) => {
    const inTest = new Set(test);
    const trainRows = dev.filter((r) => !inTest.has(r));
    const chosen = trainer.choose(trainRows, seed + 10 + k);
    const [fitted] = trainer.fitAll([chosen], trainRows);
    const [plain] = trainer.fitAll([BASELINE], trainRows);
    record(nested, chosen, fitted as Trained, test);
    record(baseline, BASELINE, plain as Trained, test);
    console.log(`  outer fold ${k + 1}: chose ${chosen.name}; AP line ${nested.line.at(-1)?.toFixed(3)}, sentence ${nested.sentence.at(-1)?.toFixed(3)}`);
  });
  const describe = (f: Figures): string =>
    `line ${mean(f.line).toFixed(3)}, sentence ${mean(f.sentence).toFixed(3)}, sentence without post fallback ${mean(f.today).toFixed(3)}`;
  console.log(`  nested CV AP (mean of ${OUTER_FOLDS} outer folds): tuned: ${describe(nested)}`);
  console.log(`                                          baseline: ${describe(baseline)}`);
  const unit: ScoringUnit = mean(nested.line) >= mean(nested.sentence) ? "line" : "sentence";

  // The untouched part, scored once.
  const chosen = trainer.choose(dev, seed + 100);
  const [fitted] = trainer.fitAll([chosen], dev);
  const [plain] = trainer.fitAll([BASELINE], dev);
  const held: Figures = { line: [], sentence: [], today: [] };
  const heldBaseline: Figures = { line: [], sentence: [], today: [] };
  record(held, chosen, fitted as Trained, untouched);
  record(heldBaseline, BASELINE, plain as Trained, untouched);
  const header = (ap: number, cv: number) => ({
    language: lang,
    trainedOn: `CLEF-2022 CheckThat! Task 1A ${lang} train + dev (${tweets.length} tweets, ${positives} check-worthy)`,
    nestedCvAp: Number(cv.toFixed(4)),
    untouchedAp: Number(ap.toFixed(4)),
    notes:
      `${chosen.name}, spans scored by their ${unit} in posts; nested CV (${OUTER_FOLDS} outer x ${INNER_FOLDS} inner folds) on ` +
      `${dev.length} tweets, untouched part ${untouched.length} tweets; baseline (${BASELINE.name}) nested ` +
      `${mean(unit === "line" ? baseline.line : baseline.sentence).toFixed(4)}, untouched ` +
      `${mean(unit === "line" ? heldBaseline.line : heldBaseline.sentence).toFixed(4)}; shipped: refitted on all ${tweets.length} tweets`,
    featureConfig: chosen.features,
  });
  const quantised = decodeWeightsFile(JSON.parse(JSON.stringify(encodeQuantisedWeightsFile({ ...header(0, 0), scoring: unit }, fitted!.bias, trainer.toModel(chosen, fitted as Trained).weights, WEIGHT_LEVELS))));
  const heldQuantised = apThroughSplit(tweets, untouched, quantised, unit);
  console.log(`  untouched part: chose ${chosen.name}; tuned: ${describe(held)}; quantised (${unit}) ${heldQuantised.toFixed(3)}`);
  console.log(`                  baseline: ${describe(heldBaseline)}`);

  const [final] = trainer.fitAll([chosen], all);
  const cv = mean(unit === "line" ? nested.line : nested.sentence);
  const file = encodeQuantisedWeightsFile(
    { ...header(heldQuantised, cv), scoring: unit },
    (final as Trained).bias,
    trainer.toModel(chosen, final as Trained).weights,
    WEIGHT_LEVELS,
  );
  const json = JSON.stringify(file);
  const out = path.join(REPO_ROOT, "lib/domain/checkWorthiness/weights", `clef2022-${lang}.json`);
  if (write) writeFileSync(out, json + "\n");
  console.log(`  ${write ? "wrote" : "would write"} ${path.relative(REPO_ROOT, out)}: ${file.weights.length} weights, ${(json.length / 1024).toFixed(0)} KiB; ${trainer.fits} fits, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

function main(): void {
  const args = process.argv.slice(2);
  const langs = (argValue(args, "--lang") ?? LANGUAGES.join(",")).split(",");
  for (const lang of langs) {
    if (!(LANGUAGES as readonly string[]).includes(lang)) throw new Error(`unknown --lang ${JSON.stringify(lang)} (known: ${LANGUAGES.join(", ")})`);
  }
  // The shared datasets sit beside the repository (../shared), or beside the folder of worktrees (../../shared).
  const dataDir =
    argValue(args, "--data") ??
    ["../shared", "../../shared"].map((d) => path.join(REPO_ROOT, d, "datasets/clef2022-checkworthiness")).find((d) => existsSync(d)) ??
    "../shared/datasets/clef2022-checkworthiness";
  for (const lang of langs) trainLanguage(lang, dataDir, !args.includes("--no-write"));
}

main();
