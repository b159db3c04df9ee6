// Chooses, per language, the score from which the tweet model's sentences are offered as suggested claims, and
// measures once how often that label is right on tweets kept out of everything.
//
// Per language, with the shipped model's setting (read from its weights file) and the training script's untouched
// part and folds: out-of-fold scores on all but the untouched part (5 stratified folds; each tweet scored as the split
// command scores a line, by its best span, with the model quantised as shipped) → the threshold, on a 0.01 grid, with
// the best F1 of "suggested = check-worthy" (ties: the higher threshold, fewer suggestions). Then the setting is fitted
// on all but the untouched part and scored once on the untouched part: precision, recall and share of tweets suggested
// at that threshold. Writes `suggestAt` and those figures into the language's weights file; the weights themselves
// and their AP figures are left as they are. Rerun after retraining (train-checkworthiness-clef drops the fields).
//
//   npx tsx scripts/choose-suggestion-thresholds.ts [--lang en,es,ar,bg,nl,tr] [--data DIR] [--no-write]
//
// Deterministic: the same seeded folds as the training script; the optimiser starts from fixed points.

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { type CheckWorthinessModel, type QuantisedWeightsFile, decodeWeightsFile, encodeQuantisedWeightsFile } from "../lib/domain/checkWorthiness/weightsFile";
import { commandLine, gridFor, OUTER_FOLDS, Trainer, WEIGHT_LEVELS, languageSeed, lineScoresThroughSplit, loadTweets, stratifiedGroups, untouchedSplit } from "./clefTweetModels";
import type { Trained } from "./sparseLogisticRegression";
import type { Setting } from "./clefTweetModels";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const THRESHOLDS = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

type Counts = { precision: number; recall: number; f1: number; share: number };

/** Precision, recall, F1 and share suggested when the tweets scoring at least `threshold` (probability) are suggested. */
function countsAt(scores: readonly number[], labels: readonly (0 | 1)[], threshold: number): Counts {
  let suggested = 0;
  let right = 0;
  let positives = 0;
  scores.forEach((s, i) => {
    const yes = s >= threshold;
    if (yes) suggested++;
    if (labels[i] === 1) {
      positives++;
      if (yes) right++;
    }
  });
  const precision = suggested > 0 ? right / suggested : 0;
  const recall = positives > 0 ? right / positives : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, share: suggested / Math.max(1, scores.length) };
}

/** The model as shipped: weights quantised the way the training script writes them. */
function quantised(trainer: Trainer, s: Setting, fitted: Trained, file: QuantisedWeightsFile): CheckWorthinessModel {
  const encoded = encodeQuantisedWeightsFile({ ...file, notes: "" }, fitted.bias, trainer.toModel(s, fitted).weights, WEIGHT_LEVELS);
  return decodeWeightsFile(JSON.parse(JSON.stringify(encoded)));
}

const sigmoid = (z: number): number => (z === -Infinity ? 0 : 1 / (1 + Math.exp(-z)));
const round = (x: number): number => Number(x.toFixed(4));
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function chooseFor(lang: string, dataDir: string, write: boolean): void {
  const weightsPath = path.join(REPO_ROOT, "lib/domain/checkWorthiness/weights", `clef2022-${lang}.json`);
  const file = JSON.parse(readFileSync(weightsPath, "utf8")) as QuantisedWeightsFile & Record<string, unknown>;
  const setting = gridFor(lang).find((s) => file.notes.startsWith(`${s.name},`));
  if (!setting || JSON.stringify(setting.features) !== JSON.stringify(file.featureConfig)) {
    throw new Error(`${lang}: the shipped setting (${file.notes.split(",")[0]}) is not one the training script searches`);
  }
  const tweets = loadTweets(dataDir, lang);
  const labels = Uint8Array.from(tweets.map((t) => t.label));
  const labelOf = (rows: readonly number[]): (0 | 1)[] => rows.map((r) => labels[r] as 0 | 1);
  const trainer = new Trainer(tweets, labels, gridFor(lang));
  const seed = languageSeed(lang);
  const { untouched, dev } = untouchedSplit(labels, seed);

  const oofRows: number[] = [];
  const oofScores: number[] = [];
  for (const test of stratifiedGroups(dev, labels, OUTER_FOLDS, seed + 1)) {
    const inTest = new Set(test);
    const [fitted] = trainer.fitAll([setting], dev.filter((r) => !inTest.has(r)));
    const model = quantised(trainer, setting, fitted as Trained, file);
    oofRows.push(...test);
    oofScores.push(...lineScoresThroughSplit(tweets, test, model, file.scoring).map(sigmoid));
  }
  let best = { threshold: 0, counts: countsAt(oofScores, labelOf(oofRows), 0) };
  for (const threshold of THRESHOLDS) {
    const counts = countsAt(oofScores, labelOf(oofRows), threshold);
    if (counts.f1 >= best.counts.f1) best = { threshold, counts };
  }

  // For the record only (out-of-fold, never scored on the untouched part): the stricter rule "highest threshold that
  // still finds half of the check-worthy tweets".
  const strict = [...THRESHOLDS].reverse().find((t) => countsAt(oofScores, labelOf(oofRows), t).recall >= 0.5) ?? 0;
  const strictCounts = countsAt(oofScores, labelOf(oofRows), strict);

  // The untouched part, scored once.
  const [fitted] = trainer.fitAll([setting], dev);
  const model = quantised(trainer, setting, fitted as Trained, file);
  const held = countsAt(lineScoresThroughSplit(tweets, untouched, model, file.scoring).map(sigmoid), labelOf(untouched), best.threshold);
  const baseRate = labelOf(untouched).filter((y) => y === 1).length / Math.max(1, untouched.length);

  const oof = best.counts;
  console.log(
    `${lang}: suggest from ${best.threshold.toFixed(2)} | out-of-fold (${dev.length} tweets): F1 ${oof.f1.toFixed(3)}, precision ${pct(oof.precision)}, ` +
      `recall ${pct(oof.recall)}, suggested ${pct(oof.share)} | untouched (${untouched.length} tweets, ${pct(baseRate)} check-worthy): ` +
      `precision ${pct(held.precision)}, recall ${pct(held.recall)}, suggested ${pct(held.share)}`,
  );
  console.log(
    `    (stricter rule, recall >= 50%: from ${strict.toFixed(2)}, out-of-fold precision ${pct(strictCounts.precision)}, ` +
      `recall ${pct(strictCounts.recall)}, suggested ${pct(strictCounts.share)})`,
  );
  const fields = {
    suggestAt: best.threshold,
    suggestUntouchedPrecision: round(held.precision),
    suggestUntouchedRecall: round(held.recall),
    suggestUntouchedShare: round(held.share),
    suggestNotes:
      `suggestAt: best F1 of out-of-fold scores (${OUTER_FOLDS} folds of the ${dev.length} tweets outside the untouched part, ` +
      `${setting.name}, each tweet by its best span's ${file.scoring} score): F1 ${round(oof.f1)}, precision ${round(oof.precision)}, ` +
      `recall ${round(oof.recall)}, share ${round(oof.share)}; untouched figures: fitted on those ${dev.length}, scored once on ` +
      `the ${untouched.length} untouched tweets (base rate ${round(baseRate)})`,
  };
  // The new fields sit in the header, after `scoring`; everything else is written back as it was.
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(file)) {
    if (key.startsWith("suggest")) continue;
    out[key] = value;
    if (key === "scoring") Object.assign(out, fields);
  }
  if (write) writeFileSync(weightsPath, JSON.stringify(out) + "\n");
}

function main(): void {
  const { langs, dataDir, write } = commandLine(process.argv.slice(2), REPO_ROOT);
  for (const lang of langs) chooseFor(lang, dataDir, write);
}

main();
