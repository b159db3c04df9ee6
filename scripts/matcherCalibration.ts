// Fitting and measuring the "strong" label of the claim matcher (lib/domain/claimMatching/sameClaim.ts).
//
// A label a person acts on needs its own precision, on queries the model never saw, including queries whose answer
// is not in the archive at all. So the calibration is fitted on out-of-fold rankings only: each query is ranked by a
// re-ranker trained without it, once with its answer in the archive and once with its answer taken out (the right
// claims and any entry with the same claim, word for word). The threshold is the lowest probability at which, on
// those rankings, "strong" keeps to the targets below; the targets are stricter than what is promised (precision
// 0.90, no-answer 0.10) so that the label keeps to the promise on queries no choice was made on.

import type { ArchiveEntry } from "../lib/domain/claimMatching";
import { analyseText } from "../lib/domain/claimMatching/matchText";
import type { rerank } from "../lib/domain/claimMatching/reranker";
import {
  isStrongTop,
  SAME_CLAIM_FEATURES,
  type SameClaimCalibration,
  sameClaimFeatures,
  sameClaimProbability,
  tellingTerms,
} from "../lib/domain/claimMatching/sameClaim";
import { logisticRegression } from "./logisticRegression";

/** Of the top matches called strong (answer in the archive), the share that must be right. */
export const TARGET_PRECISION = 0.95;
/** Of the queries whose answer is not in the archive, the largest share that may show a strong match. */
export const TARGET_ABSENT = 0.07;
/** A stem in at least this share of the archive's entries is common: it does not tell claims apart. */
const COMMON_SHARE = 0.01;
/** Telling words a strong match shares at least: one shared word, however rare, is never enough. */
const MIN_TELLING_SHARED = 2;
/** The rival floor: this quantile of the rival scores seen (small archives often have no rival at all). */
const RIVAL_FLOOR_QUANTILE = 0.05;
const L2 = 1;

export type Ranked = ReturnType<typeof rerank>;

/** One held-out ranking: with the answer in the archive (`right`: it came first), or with it taken out. */
export interface Outcome {
  readonly ranked: Ranked;
  readonly right: boolean;
  readonly answerAbsent: boolean;
}

/** Stems found in at least 1 % of the archive's entries (claim and title, as the index reads them), sorted. */
export function commonStems(archive: readonly ArchiveEntry[]): string[] {
  const df = new Map<string, number>();
  for (const entry of archive) {
    const stems = new Set([...analyseText(entry.claim), ...analyseText(entry.title ?? "")].map((t) => t.stem));
    for (const stem of stems) df.set(stem, (df.get(stem) ?? 0) + 1);
  }
  return [...df].filter(([, n]) => n >= COMMON_SHARE * archive.length).map(([stem]) => stem).sort();
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Fits the calibration on out-of-fold outcomes and chooses its threshold (see the file's comment). */
export function fitCalibration(outcomes: readonly Outcome[], common: readonly string[]): SameClaimCalibration {
  const commonSet = new Set(common);
  const ranked = outcomes.filter((o) => o.ranked.length > 0);
  const rivals = ranked
    .map((o) => sameClaimFeatures(o.ranked, Number.NEGATIVE_INFINITY))
    .filter(([, lead]) => Number.isFinite(lead))
    .map(([top, lead]) => top - lead);
  const rivalFloor = quantile(rivals, RIVAL_FLOOR_QUANTILE);
  const raw = ranked.map((o) => sameClaimFeatures(o.ranked, rivalFloor));
  const n = SAME_CLAIM_FEATURES.length;
  const mean = Array.from({ length: n }, (_, j) => raw.reduce((sum, row) => sum + (row[j] ?? 0), 0) / raw.length);
  const scale = Array.from({ length: n }, (_, j) => Math.sqrt(raw.reduce((sum, row) => sum + ((row[j] ?? 0) - (mean[j] ?? 0)) ** 2, 0) / raw.length) || 1);
  const x = raw.map((row) => [1, ...row.map((v, j) => (v - (mean[j] ?? 0)) / (scale[j] ?? 1))]);
  const [bias = 0, ...weights] = logisticRegression(x, ranked.map((o) => (o.right && !o.answerAbsent ? 1 : 0)), L2, 1);
  const fitted: SameClaimCalibration = {
    featureNames: [...SAME_CLAIM_FEATURES],
    mean,
    scale,
    weights,
    bias,
    threshold: 1,
    rivalFloor,
    minTellingShared: MIN_TELLING_SHARED,
    commonStems: common,
  };
  return { ...fitted, threshold: chooseThreshold(fitted, commonSet, outcomes) };
}

/** The lowest threshold at which the label keeps to both targets on `outcomes` (1: never strong, if none does). */
function chooseThreshold(calibration: SameClaimCalibration, common: ReadonlySet<string>, outcomes: readonly Outcome[]): number {
  const scored = outcomes
    .filter((o) => o.ranked.length > 0 && tellingTerms(o.ranked[0]?.candidate.shared ?? [], common).length >= calibration.minTellingShared)
    .map((o) => ({ o, p: sameClaimProbability(calibration, o.ranked) }))
    .sort((a, b) => b.p - a.p);
  const absent = outcomes.filter((o) => o.answerAbsent).length;
  let threshold = 1;
  let strong = 0;
  let right = 0;
  let absentStrong = 0;
  for (const [i, { o, p }] of scored.entries()) {
    if (o.answerAbsent) absentStrong++;
    else {
      strong++;
      if (o.right) right++;
    }
    // Equal probabilities are one threshold: decide after the last of them.
    if ((scored[i + 1]?.p ?? Number.NEGATIVE_INFINITY) === p) continue;
    const precision = strong ? right / strong : 1;
    if (precision >= TARGET_PRECISION && absentStrong <= TARGET_ABSENT * absent) threshold = p;
  }
  return threshold;
}

/** What the label did on a set of held-out outcomes. */
export interface LabelCounts {
  /** Queries with their answer in the archive. */
  readonly queries: number;
  /** Of those, how many had a top match called strong, and how many of those were right. */
  readonly strong: number;
  readonly strongRight: number;
  /** Queries with their answer taken out, and how many of them still showed a strong match. */
  readonly absentQueries: number;
  readonly absentStrong: number;
}

export const NO_COUNTS: LabelCounts = { queries: 0, strong: 0, strongRight: 0, absentQueries: 0, absentStrong: 0 };

/** Counts, through the app's own decision (`isStrongTop`), what the label does on `outcomes`. */
export function countLabels(calibration: SameClaimCalibration, outcomes: readonly Outcome[]): LabelCounts {
  const common = new Set(calibration.commonStems);
  let counts = NO_COUNTS;
  for (const o of outcomes) {
    const strong = isStrongTop(calibration, common, o.ranked) ? 1 : 0;
    counts = addCounts(
      counts,
      o.answerAbsent
        ? { ...NO_COUNTS, absentQueries: 1, absentStrong: strong }
        : { ...NO_COUNTS, queries: 1, strong, strongRight: strong && o.right ? 1 : 0 },
    );
  }
  return counts;
}

export function addCounts(a: LabelCounts, b: LabelCounts): LabelCounts {
  return {
    queries: a.queries + b.queries,
    strong: a.strong + b.strong,
    strongRight: a.strongRight + b.strongRight,
    absentQueries: a.absentQueries + b.absentQueries,
    absentStrong: a.absentStrong + b.absentStrong,
  };
}

/** The three figures: precision of "strong", share of queries with a right strong top, share of no-answer queries shown one. */
export function labelFigures(c: LabelCounts): { precision: number; rightStrongTop: number; absentShownStrong: number } {
  return {
    precision: c.strong ? c.strongRight / c.strong : 1,
    rightStrongTop: c.queries ? c.strongRight / c.queries : 0,
    absentShownStrong: c.absentQueries ? c.absentStrong / c.absentQueries : 0,
  };
}

export function describeCounts(c: LabelCounts): string {
  const f = labelFigures(c);
  const parts = [
    `precision ${f.precision.toFixed(3)} (${c.strongRight}/${c.strong})`,
    `right strong top ${f.rightStrongTop.toFixed(3)} (${c.strongRight}/${c.queries})`,
  ];
  if (c.absentQueries) parts.push(`no answer, shown strong ${f.absentShownStrong.toFixed(3)} (${c.absentStrong}/${c.absentQueries})`);
  return parts.join("; ");
}
