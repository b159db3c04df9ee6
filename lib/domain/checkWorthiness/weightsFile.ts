// Shape of the shipped weights file, and its (de)serialisation. The file is plain JSON so it diffs and imports anywhere.

import type { FeatureConfig } from "./features";
import { HAND_FEATURE_NAMES } from "./handFeatures";

export const WEIGHTS_FORMAT = "factdesk-checkworthiness/logreg-hashed/v1";

export interface WeightsFile {
  readonly format: string;
  readonly version: number;
  readonly trainedOn: string;
  readonly trainedAt: string;
  /** Nested cross-validated MAP by document (settings chosen inside each outer fold): the honest estimate. */
  readonly cvMap: number;
  /** MAP on the latest documents, kept out of all tuning and scored once. */
  readonly heldOutMap: number;
  readonly notes: string;
  readonly featureConfig: FeatureConfig;
  readonly handFeatures: readonly string[];
  readonly bias: number;
  /** Non-zero feature indices, ascending, delta-encoded (first entry is the first index itself). */
  readonly indexDeltas: readonly number[];
  /** Weight of each index in `indexDeltas`, same order. */
  readonly weights: readonly number[];
}

/** A decoded model: dense weight table over the whole feature space plus bias. */
export interface CheckWorthinessModel {
  readonly config: FeatureConfig;
  readonly bias: number;
  readonly weights: Float32Array;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/** Validates a parsed weights file and decodes it into a model; throws on any mismatch with this code's features. */
export function decodeWeightsFile(data: unknown): CheckWorthinessModel {
  if (isRecord(data) && data.format === QUANTISED_WEIGHTS_FORMAT) return decodeQuantisedWeightsFile(data);
  if (!isRecord(data) || data.format !== WEIGHTS_FORMAT) throw new Error("check-worthiness weights: unknown format");
  const config = data.featureConfig;
  if (!isRecord(config) || typeof config.hashBits !== "number" || config.hashBits < 1 || config.hashBits > 24) {
    throw new Error("check-worthiness weights: bad featureConfig");
  }
  const names = data.handFeatures;
  if (!Array.isArray(names) || names.join(",") !== HAND_FEATURE_NAMES.join(",")) {
    throw new Error("check-worthiness weights: hand features differ from this code's; retrain");
  }
  const deltas = data.indexDeltas;
  const values = data.weights;
  if (!Array.isArray(deltas) || !Array.isArray(values) || deltas.length !== values.length) {
    throw new Error("check-worthiness weights: indexDeltas/weights mismatch");
  }
  if (typeof data.bias !== "number") throw new Error("check-worthiness weights: bad bias");
  const featureConfig = config as unknown as FeatureConfig;
  const weights = denseWeights(featureConfig, deltas, values, (w) => (typeof w === "number" ? w : null));
  return { config: featureConfig, bias: data.bias, weights };
}

/** Rounds to `digits` significant digits (keeps the JSON small; the model is insensitive at this precision). */
export function roundSignificant(x: number, digits: number): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  return Number(x.toPrecision(digits));
}

/** Builds a weights file from dense effective weights, keeping only entries with |w| >= minAbsWeight. */
export function encodeWeightsFile(
  header: Omit<WeightsFile, "format" | "handFeatures" | "bias" | "indexDeltas" | "weights">,
  bias: number,
  dense: ArrayLike<number>,
  minAbsWeight: number,
): WeightsFile {
  const indexDeltas: number[] = [];
  const weights: number[] = [];
  let last = 0;
  for (let i = 0; i < dense.length; i++) {
    const w = roundSignificant(dense[i] ?? 0, 4);
    if (w === 0 || Math.abs(w) < minAbsWeight) continue;
    indexDeltas.push(i - last);
    weights.push(w);
    last = i;
  }
  return {
    format: WEIGHTS_FORMAT,
    ...header,
    handFeatures: [...HAND_FEATURE_NAMES],
    bias: roundSignificant(bias, 6),
    indexDeltas,
    weights,
  };
}

export const QUANTISED_WEIGHTS_FORMAT = "factdesk-checkworthiness/logreg-hashed-quantised/v1";

/** A per-language model's file: each weight an integer multiple of weightStep. */
export interface QuantisedWeightsFile {
  readonly format: typeof QUANTISED_WEIGHTS_FORMAT;
  /** ISO 639-1 code of the language the model was trained on. */
  readonly language: string;
  readonly trainedOn: string;
  /** Average precision estimated by nested cross-validation (settings chosen inside each outer fold). */
  readonly nestedCvAp: number;
  /** Average precision on the part of the data kept out of all tuning, scored once. */
  readonly untouchedAp: number;
  readonly notes: string;
  readonly featureConfig: FeatureConfig;
  /** Names of the hand features, in index order, when featureConfig.handFeatures is set. */
  readonly handFeatures?: readonly string[];
  /** What a span of a post is scored on at run time: itself, or its whole line (the better in nested CV). */
  readonly scoring: "sentence" | "line";
  /** Score from which a sentence is suggested as a claim (scripts/choose-suggestion-thresholds.ts; absent until run). */
  readonly suggestAt?: number;
  /** Share of the untouched part's suggested tweets that are check-worthy, at suggestAt (scored once). */
  readonly suggestUntouchedPrecision?: number;
  /** Share of the untouched part's check-worthy tweets suggested at suggestAt. */
  readonly suggestUntouchedRecall?: number;
  /** Share of the untouched part's tweets suggested at suggestAt. */
  readonly suggestUntouchedShare?: number;
  /** How suggestAt was chosen, and its out-of-fold figures. */
  readonly suggestNotes?: string;
  readonly bias: number;
  readonly weightStep: number;
  /** Non-zero feature indices, ascending, delta-encoded (first entry is the first index itself). */
  readonly indexDeltas: readonly number[];
  /** Weight of each index in `indexDeltas` in units of weightStep, same order. */
  readonly weights: readonly number[];
}

/** The dense weights of delta-encoded indices and their stored values (`weightOf`: null for a value that is not one). */
function denseWeights(config: FeatureConfig, deltas: readonly unknown[], values: readonly unknown[], weightOf: (value: unknown) => number | null): Float32Array {
  const size = (1 << config.hashBits) + HAND_FEATURE_NAMES.length;
  const weights = new Float32Array(size);
  let index = 0;
  for (let i = 0; i < deltas.length; i++) {
    index += deltas[i] as number;
    const w = weightOf(values[i]);
    if (w === null || !(index >= 0 && index < size)) throw new Error("check-worthiness weights: bad entry");
    weights[index] = w;
  }
  return weights;
}

function decodeQuantisedWeightsFile(data: Record<string, unknown>): CheckWorthinessModel {
  const config = data.featureConfig;
  if (!isRecord(config) || typeof config.hashBits !== "number" || config.hashBits < 1 || config.hashBits > 24) {
    throw new Error("check-worthiness weights: bad featureConfig");
  }
  const names = data.handFeatures;
  if (config.handFeatures && (!Array.isArray(names) || names.join(",") !== HAND_FEATURE_NAMES.join(","))) {
    throw new Error("check-worthiness weights: hand features differ from this code's; retrain");
  }
  const { indexDeltas: deltas, weights: values, weightStep: step, bias } = data;
  if (!Array.isArray(deltas) || !Array.isArray(values) || deltas.length !== values.length) {
    throw new Error("check-worthiness weights: indexDeltas/weights mismatch");
  }
  if (typeof bias !== "number" || typeof step !== "number" || !(step > 0)) throw new Error("check-worthiness weights: bad bias or step");
  const featureConfig = config as unknown as FeatureConfig;
  const weights = denseWeights(featureConfig, deltas, values, (q) => (Number.isInteger(q) ? (q as number) * step : null));
  return { config: featureConfig, bias, weights };
}

/**
 * Builds a quantised weights file from dense weights: each weight becomes the nearest multiple of a step of
 * max |w| / levels, and weights that round to 0 are left out (so the file holds only what changes a score).
 */
export function encodeQuantisedWeightsFile(
  header: Omit<QuantisedWeightsFile, "format" | "bias" | "weightStep" | "indexDeltas" | "weights">,
  bias: number,
  dense: ArrayLike<number>,
  levels: number,
): QuantisedWeightsFile {
  let max = 0;
  for (let i = 0; i < dense.length; i++) max = Math.max(max, Math.abs(dense[i] ?? 0));
  const weightStep = roundSignificant(max / levels || 1, 4);
  const indexDeltas: number[] = [];
  const weights: number[] = [];
  let last = 0;
  for (let i = 0; i < dense.length; i++) {
    const q = Math.round((dense[i] ?? 0) / weightStep);
    if (q === 0) continue;
    indexDeltas.push(i - last);
    weights.push(q);
    last = i;
  }
  const handFeatures = header.featureConfig.handFeatures ? { handFeatures: [...HAND_FEATURE_NAMES] } : {};
  return { format: QUANTISED_WEIGHTS_FORMAT, ...header, ...handFeatures, bias: roundSignificant(bias, 6), weightStep, indexDeltas, weights };
}
