// Run-time check-worthiness scoring: sigmoid(bias + w · features(sentence)) with the shipped weights.
// Scores are for ranking; they are Platt-calibrated with balanced classes, so 0.5 means "as likely to be picked by
// fact-checkers as not, were check-worthy sentences as common as the rest" — not the raw probability (~3% in debates).

import { extractFeatures } from "./features";
import type { CheckWorthinessModel } from "./weightsFile";
import { getShippedModel } from "./shippedModel";

/** Raw linear score (log-odds) of `text` under `model`; pure. */
export function linearScore(model: CheckWorthinessModel, text: string): number {
  const w = model.weights;
  let sum = model.bias;
  extractFeatures(text, model.config, (index, value) => {
    sum += (w[index] ?? 0) * value;
  });
  return sum;
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Check-worthiness of `text` in [0, 1] under `model` (higher = more worth checking; 0 for blank text). */
export function scoreSentenceWith(model: CheckWorthinessModel, text: string): number {
  if (text.trim() === "") return 0;
  return sigmoid(linearScore(model, text));
}

/** Check-worthiness of one sentence in [0, 1] with the shipped model; deterministic; 0 for blank text. */
export function scoreSentence(text: string): number {
  return scoreSentenceWith(getShippedModel(), text);
}

/** Check-worthiness of each sentence (same order, each in [0, 1]) with the shipped model. */
export function scoreSentences(texts: readonly string[]): number[] {
  const model = getShippedModel();
  return texts.map((t) => scoreSentenceWith(model, t));
}
