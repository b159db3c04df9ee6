// When is a match "strong"? The re-ranker's score orders the matches of one query; it is not a probability, and a
// high score says little on its own (the best of many claims on one topic scores high too). The calibration turns
// the top match's score and its lead over the next different claim into the probability that it is the same claim,
// fitted on held-out queries, some of them with their answer taken out of the archive (scripts/train-matcher.ts).
// A guard comes on top: a strong match shares at least two telling words (words, names or numbers that are not
// common), so one shared common word never makes one, whatever the archive's size. Across languages (a Spanish
// claim, an English fact-check) names and numbers are about all two texts can share, and they say who and when, not
// what was claimed: there only other words count, so "Putin" and "2024" in common never make a strong match.

import { primaryLanguage } from "../textSearchConfig";
import type { Candidate, SharedTerm } from "./claimIndex";

/** The calibration's inputs, in the order its weights hold them. */
export const SAME_CLAIM_FEATURES = ["topScore", "leadOverRival"] as const;

/** The fitted calibration, stored in weights.json beside the re-ranker. */
export interface SameClaimCalibration {
  readonly featureNames: readonly string[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
  /** The probability from which the top match is called strong. */
  readonly threshold: number;
  /** A rival scoring less than this (or none at all: a small archive) counts as scoring this. */
  readonly rivalFloor: number;
  /** How many telling words a strong match must share at least. */
  readonly minTellingShared: number;
  /** Stems too common to tell claims apart (in at least 1 % of the training archive's claims); numbers included. */
  readonly commonStems: readonly string[];
}

/** How strongly a match suggests the same claim: only a calibrated top match is ever "strong". */
export type MatchStrength = "strong" | "possible";

/** A ranked candidate, as `rerank` gives it. */
interface Ranked {
  readonly candidate: Pick<Candidate, "sameClaimKey" | "shared"> & { readonly language?: string | null };
  readonly score: number;
}

/** The calibration's inputs for the top of a ranking (best first): its score, and its lead over the next different claim. */
export function sameClaimFeatures(ranked: readonly Ranked[], rivalFloor: number): [number, number] {
  const [top] = ranked;
  if (!top) return [0, 0];
  const rival = ranked.find((r) => r.candidate.sameClaimKey !== top.candidate.sameClaimKey);
  return [top.score, top.score - Math.max(rival?.score ?? rivalFloor, rivalFloor)];
}

/** The calibrated probability that the top of `ranked` is the same claim as the query (0 when nothing matched). */
export function sameClaimProbability(calibration: SameClaimCalibration, ranked: readonly Ranked[]): number {
  if (!ranked.length) return 0;
  const features = sameClaimFeatures(ranked, calibration.rivalFloor);
  let z = calibration.bias;
  features.forEach((value, j) => {
    z += (calibration.weights[j] ?? 0) * ((value - (calibration.mean[j] ?? 0)) / (calibration.scale[j] || 1));
  });
  return 1 / (1 + Math.exp(-z));
}

/** The shared words that tell claims apart (any outside `common`: words, names, numbers), each stem once. */
export function tellingTerms(shared: readonly SharedTerm[], common: ReadonlySet<string>): SharedTerm[] {
  const seen = new Set<string>();
  return shared.filter((term) => !common.has(term.stem) && !seen.has(term.stem) && seen.add(term.stem));
}

/** Whether two languages are known and differ (by primary subtag: "pt-BR" and "pt" are one). */
function differentLanguages(a: string | null | undefined, b: string | null | undefined): boolean {
  const [x, y] = [primaryLanguage(a), primaryLanguage(b)];
  return x !== null && y !== null && x !== y;
}

/** A shared word that may be a name or number: numeric, capitalised in the entry's claim, or written with a capital. */
function nameOrNumber(term: SharedTerm): boolean {
  return term.numeric || term.name || /^\p{Lu}/u.test(term.surface);
}

/**
 * Whether the top of `ranked` is a strong match for a query in `language` (unknown: null): calibrated probability at
 * or over the threshold, and enough telling words, not counting names and numbers when the languages differ.
 */
export function isStrongTop(
  calibration: SameClaimCalibration,
  common: ReadonlySet<string>,
  ranked: readonly Ranked[],
  language: string | null = null,
): boolean {
  const [top] = ranked;
  if (!top) return false;
  const telling = tellingTerms(top.candidate.shared, common);
  const counted = differentLanguages(language, top.candidate.language) ? telling.filter((term) => !nameOrNumber(term)) : telling;
  return counted.length >= calibration.minTellingShared && sameClaimProbability(calibration, ranked) >= calibration.threshold;
}
