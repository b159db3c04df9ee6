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
// A written file has no suggestion threshold: run scripts/choose-suggestion-thresholds.ts afterwards.

import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { decodeWeightsFile, encodeQuantisedWeightsFile } from "../lib/domain/checkWorthiness/weightsFile";
import type { ScoringUnit } from "../lib/domain/claimCandidates";
import {
  BASELINE,
  INNER_FOLDS,
  OUTER_FOLDS,
  type Setting,
  Trainer,
  gridFor,
  WEIGHT_LEVELS,
  apThroughSplit,
  commandLine,
  languageSeed,
  mean,
  stratifiedGroups,
  untouchedSplit,
  loadTweets,
} from "./clefTweetModels";
import type { Trained } from "./sparseLogisticRegression";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// ---------------------------------------------------------------------------------------------------------------

interface Figures {
  line: number[];
  sentence: number[];
  today: number[];
}

function trainLanguage(lang: string, dataDir: string, write: boolean): void {
  const t0 = Date.now();
  const tweets = loadTweets(dataDir, lang);
  const labels = Uint8Array.from(tweets.map((t) => t.label));
  const trainer = new Trainer(tweets, labels, gridFor(lang));
  const all = tweets.map((_, i) => i);
  const seed = languageSeed(lang);
  const { untouched, dev } = untouchedSplit(labels, seed);
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
    console.log(`  outer fold ${k + 1}: chose ${chosen.name}; AP line ${nested.line.at(-1)?.toFixed(3)}, sentence ${nested.sentence.at(-1)?.toFixed(3)}; baseline line ${baseline.line.at(-1)?.toFixed(3)}, sentence ${baseline.sentence.at(-1)?.toFixed(3)}`);
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
  const { langs, dataDir, write } = commandLine(process.argv.slice(2), REPO_ROOT);
  for (const lang of langs) trainLanguage(lang, dataDir, write);
}

main();
