// The model trained by scripts/train-checkworthiness.ts, decoded once on first use.

import shippedWeights from "./weights.json";
import { type CheckWorthinessModel, decodeWeightsFile } from "./weightsFile";

let cached: CheckWorthinessModel | undefined;

/** The decoded shipped model (decoded lazily on first call, then cached for the process). */
export function getShippedModel(): CheckWorthinessModel {
  cached ??= decodeWeightsFile(shippedWeights);
  return cached;
}

/** Header of the shipped weights (version, training data, nested-CV and held-out MAP, feature config), no weights. */
export function shippedModelInfo(): {
  version: number;
  trainedOn: string;
  trainedAt: string;
  cvMap: number;
  heldOutMap: number;
  featureConfig: CheckWorthinessModel["config"];
} {
  const { version, trainedOn, trainedAt, cvMap, heldOutMap, featureConfig } = shippedWeights;
  return { version, trainedOn, trainedAt, cvMap, heldOutMap, featureConfig };
}
