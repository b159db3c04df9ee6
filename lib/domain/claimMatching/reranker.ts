// The learned re-ranker: logistic regression over standardised candidate features (scripts/train-matcher.ts).

import { type Candidate, FEATURE_NAMES, type RetrievalSettings } from "./claimIndex";
import { SAME_CLAIM_FEATURES, type SameClaimCalibration } from "./sameClaim";

export const MATCHER_WEIGHTS_FORMAT = "factdesk-claim-matcher/bm25-logreg/v2";

/** A trained matcher: first-stage settings, the re-ranker's weights over standardised features, and when a match is strong. */
export interface MatcherModel {
  readonly retrieval: RetrievalSettings;
  readonly featureNames: readonly string[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
  readonly calibration: SameClaimCalibration;
}

/** The shipped weights file: the model plus how it was trained and what it scored. */
export interface MatcherWeightsFile extends MatcherModel {
  readonly format: string;
  readonly trainedOn: string;
  readonly notes: string;
  readonly crossValidatedMap5: number;
  /** The "strong" label's figures on held-out folds (see the training script's output). */
  readonly crossValidatedStrong: Readonly<Record<string, number>>;
}

function isNumberArray(value: unknown, length: number): value is number[] {
  return Array.isArray(value) && value.length === length && value.every((v) => typeof v === "number" && Number.isFinite(v));
}

/** Validates a parsed weights file against this code's features; throws on any mismatch. */
export function decodeMatcherWeights(data: unknown): MatcherModel {
  const file = data as Partial<MatcherWeightsFile> | null;
  if (!file || file.format !== MATCHER_WEIGHTS_FORMAT) throw new Error("claim matcher weights: unknown format");
  const names = file.featureNames ?? [];
  if (names.length !== FEATURE_NAMES.length || names.some((name, i) => name !== FEATURE_NAMES[i])) {
    throw new Error("claim matcher weights: feature names differ from this code's; retrain with npm run train:matcher");
  }
  const n = FEATURE_NAMES.length;
  const r = file.retrieval;
  if (
    !isNumberArray(file.mean, n) ||
    !isNumberArray(file.scale, n) ||
    !isNumberArray(file.weights, n) ||
    typeof file.bias !== "number" ||
    !r ||
    !(r.k1 > 0 && r.b >= 0 && r.b <= 1 && Number.isInteger(r.candidates) && r.candidates > 0)
  ) {
    throw new Error("claim matcher weights: malformed file");
  }
  const { k1, b, candidates } = r;
  return {
    calibration: decodeCalibration(file.calibration),
    retrieval: { k1, b, candidates },
    featureNames: names,
    mean: file.mean,
    scale: file.scale,
    weights: file.weights,
    bias: file.bias,
  };
}

function decodeCalibration(data: unknown): SameClaimCalibration {
  const c = data as Partial<SameClaimCalibration> | null | undefined;
  const n = SAME_CLAIM_FEATURES.length;
  const names = c?.featureNames ?? [];
  if (
    !c ||
    names.length !== n ||
    names.some((name, i) => name !== SAME_CLAIM_FEATURES[i]) ||
    !isNumberArray(c.mean, n) ||
    !isNumberArray(c.scale, n) ||
    !isNumberArray(c.weights, n) ||
    ![c.bias, c.threshold, c.rivalFloor].every((v) => typeof v === "number" && Number.isFinite(v)) ||
    !(Number.isInteger(c.minTellingShared) && (c.minTellingShared ?? 0) >= 0) ||
    !Array.isArray(c.commonStems) ||
    !c.commonStems.every((stem) => typeof stem === "string")
  ) {
    throw new Error("claim matcher weights: malformed calibration; retrain with npm run train:matcher");
  }
  const { mean, scale, weights, bias, threshold, rivalFloor, minTellingShared, commonStems } = c as SameClaimCalibration;
  return { featureNames: names, mean, scale, weights, bias, threshold, rivalFloor, minTellingShared, commonStems };
}

/** The re-ranker's score (a logit: higher is a likelier match) of one candidate. */
export function rerankScore(model: Pick<MatcherModel, "mean" | "scale" | "weights" | "bias">, features: Float64Array): number {
  let score = model.bias;
  for (let i = 0; i < features.length; i++) {
    score += (model.weights[i] ?? 0) * (((features[i] ?? 0) - (model.mean[i] ?? 0)) / (model.scale[i] || 1));
  }
  return score;
}

/** Candidates re-ordered by the re-ranker, best first (first-stage order breaks ties). */
export function rerank(
  model: Pick<MatcherModel, "mean" | "scale" | "weights" | "bias">,
  candidates: readonly Candidate[],
): { candidate: Candidate; score: number }[] {
  return candidates
    .map((candidate) => ({ candidate, score: rerankScore(model, candidate.features) }))
    .sort((a, b) => b.score - a.score || a.candidate.rank - b.candidate.rank);
}
