// Sentence -> sparse feature vector. Shared verbatim by the training script and the run-time scorer so they can't drift.
//
// Feature space: [0, 2^hashBits) hashed lexical features (word unigrams, word bigrams, character n-grams of the
// normalised text), then HAND_FEATURE_COUNT hand features. Each lexical group is scaled by 1/sqrt(#items in group)
// so long and short sentences live on comparable scales.

import { HAND_FEATURE_COUNT, computeHandFeatures } from "./handFeatures";
import { GROUP_SEEDS, combineHashes, fnvRange, fnvStep, mixHash } from "./hashing";

export interface FeatureConfig {
  /** log2 of the number of hash buckets for lexical features. */
  readonly hashBits: number;
  readonly wordUnigrams: boolean;
  readonly wordBigrams: boolean;
  /** Character n-gram length range over the normalised text; charMax 0 disables character n-grams. */
  readonly charMin: number;
  readonly charMax: number;
  readonly handFeatures: boolean;
}

/** Receives one (index, value) pair; an index may be emitted more than once (values add up). */
export type FeatureSink = (index: number, value: number) => void;

/** Total dimension of the feature space for `config` (hashed buckets + hand features). */
export function featureSpaceSize(config: FeatureConfig): number {
  return (1 << config.hashBits) + HAND_FEATURE_COUNT;
}

const TOKEN = /[a-z0-9]+(?:'[a-z]+)*|[$%?!]/g;

/** Lower-cases, unifies quotes and dashes, collapses numbers to "0" (years to "yyyy") and whitespace to one space. */
export function normaliseForLexicalFeatures(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]|--+/g, " ")
    .replace(/\b(?:1[89]|20)\d\d\b/g, "yyyy")
    .replace(/\d+(?:[.,]\d+)*/g, "0")
    .replace(/\s+/g, " ")
    .trim();
}

const handScratch = new Float64Array(HAND_FEATURE_COUNT);
const tokenStarts: number[] = [];
const tokenEnds: number[] = [];

/** Emits every feature of `text` (possibly repeated indices) to `sink`; pure apart from reusing scratch buffers. */
export function extractFeatures(text: string, config: FeatureConfig, sink: FeatureSink): void {
  const mask = (1 << config.hashBits) - 1;
  const norm = normaliseForLexicalFeatures(text);

  if (config.wordUnigrams || config.wordBigrams) {
    tokenStarts.length = 0;
    tokenEnds.length = 0;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(norm); m !== null; m = TOKEN.exec(norm)) {
      tokenStarts.push(m.index);
      tokenEnds.push(m.index + m[0].length);
    }
    const n = tokenStarts.length;
    if (n > 0) {
      const uniValue = 1 / Math.sqrt(n);
      // Bigrams include a sentence-start marker, so there are n of them.
      const biValue = 1 / Math.sqrt(n);
      let prev = GROUP_SEEDS.bigram;
      for (let t = 0; t < n; t++) {
        const h = fnvRange(norm, tokenStarts[t] ?? 0, tokenEnds[t] ?? 0, GROUP_SEEDS.word);
        if (config.wordUnigrams) sink(mixHash(h) & mask, uniValue);
        if (config.wordBigrams) sink(mixHash(combineHashes(prev, h)) & mask, biValue);
        prev = h;
      }
    }
  }

  if (config.charMax > 0 && norm.length > 0) {
    // Character n-grams of " " + norm + " " (padding marks word/sentence edges), without building the string.
    const len = norm.length + 2;
    const charAt = (i: number): number => (i === 0 || i === len - 1 ? 32 : norm.charCodeAt(i - 1));
    let count = 0;
    for (let n = config.charMin; n <= config.charMax; n++) count += Math.max(0, len - n + 1);
    if (count > 0) {
      const value = 1 / Math.sqrt(count);
      for (let i = 0; i < len; i++) {
        let h = GROUP_SEEDS.char;
        const last = Math.min(len, i + config.charMax);
        for (let j = i; j < last; j++) {
          h = fnvStep(h, charAt(j));
          if (j - i + 1 >= config.charMin) sink(mixHash(h) & mask, value);
        }
      }
    }
  }

  if (config.handFeatures) {
    computeHandFeatures(text, handScratch, 0);
    const base = mask + 1;
    for (let k = 0; k < HAND_FEATURE_COUNT; k++) {
      const v = handScratch[k] ?? 0;
      if (v !== 0) sink(base + k, v);
    }
  }
}
