// Sentence -> sparse feature vector. Shared verbatim by the training script and the run-time scorer so they can't drift.
//
// Feature space: [0, 2^hashBits) hashed lexical features (word unigrams, word bigrams, character n-grams of the
// normalised text), then HAND_FEATURE_COUNT hand features. Each lexical group is scaled by 1/sqrt(#items in group)
// so long and short sentences live on comparable scales.

import { HAND_FEATURE_COUNT, computeHandFeatures } from "./handFeatures";
import { GROUP_SEEDS, combineHashes, fnvStep, mixHash } from "./hashing";

export interface FeatureConfig {
  /** log2 of the number of hash buckets for lexical features. */
  readonly hashBits: number;
  readonly wordUnigrams: boolean;
  readonly wordBigrams: boolean;
  /** Character n-gram length range over the normalised text; charMax 0 disables character n-grams. */
  readonly charMin: number;
  readonly charMax: number;
  readonly handFeatures: boolean;
  /**
   * Words are runs of Unicode letters and digits (any script) instead of [a-z0-9]; absent in the English debate
   * model's file, whose features must stay as they were trained.
   */
  readonly unicodeWords?: boolean;
  /** Web addresses become the token "url" before any feature is taken (tweets' t.co links are random strings). */
  readonly maskUrls?: boolean;
  /**
   * Also each word cut to its first this many letters (words of any script), a crude stem: Bulgarian words take many
   * endings, and a small training set sees few of each form. Absent or 0: off.
   */
  readonly wordPrefix?: number;
}

/** Receives one (index, value) pair; an index may be emitted more than once (values add up). */
export type FeatureSink = (index: number, value: number) => void;

/** Total dimension of the feature space for `config` (hashed buckets + hand features). */
export function featureSpaceSize(config: FeatureConfig): number {
  return (1 << config.hashBits) + HAND_FEATURE_COUNT;
}

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
let tokenHashes = new Uint32Array(256);

const isTokenChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isLowerLetter = (c: number): boolean => c >= 97 && c <= 122;

/** Stores the `n`-th token's hash, growing the buffer when it is full. */
function pushTokenHash(n: number, h: number): void {
  if (n === tokenHashes.length) {
    const grown = new Uint32Array(2 * n);
    grown.set(tokenHashes);
    tokenHashes = grown;
  }
  tokenHashes[n] = h;
}

/**
 * Hashes (seeded with GROUP_SEEDS.word) the tokens of normalised text into tokenHashes; returns their number. The
 * tokens are those of /[a-z0-9]+(?:'[a-z]+)*|[$%?!]/g, found and hashed in one pass over the characters rather than
 * with a regex search, a substring and a second loop per token: a fresh process runs this, unoptimised, over every
 * word of a long article.
 */
function hashTokens(norm: string): number {
  const len = norm.length;
  let n = 0;
  let i = 0;
  while (i < len) {
    let c = norm.charCodeAt(i);
    let h = GROUP_SEEDS.word;
    if (isTokenChar(c)) {
      do {
        h = fnvStep(h, c);
        c = ++i < len ? norm.charCodeAt(i) : -1;
      } while (isTokenChar(c));
      // (?:'[a-z]+)*: an apostrophe joins the token only when a letter follows it.
      while (c === 39 && i + 1 < len && isLowerLetter(norm.charCodeAt(i + 1))) {
        h = fnvStep(h, c);
        c = ++i < len ? norm.charCodeAt(i) : -1;
        do {
          h = fnvStep(h, c);
          c = ++i < len ? norm.charCodeAt(i) : -1;
        } while (isLowerLetter(c));
      }
    } else if (c === 36 || c === 37 || c === 63 || c === 33) {
      h = fnvStep(h, c); // $ % ? !
      i++;
    } else {
      i++;
      continue;
    }
    pushTokenHash(n++, h);
  }
  return n;
}

const UNICODE_WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}]+)*|[$%?!]/gu;

/** Like hashTokens, for words of any script: runs of letters, marks and digits (plus $ % ? !). */
function hashUnicodeTokens(norm: string): number {
  let n = 0;
  for (const match of norm.matchAll(UNICODE_WORD)) {
    const token = match[0];
    let h = GROUP_SEEDS.word;
    for (let i = 0; i < token.length; i++) h = fnvStep(h, token.charCodeAt(i));
    pushTokenHash(n++, h);
  }
  return n;
}

/** Emits each word of normalised text cut to its first `length` characters, scaled by 1/sqrt(#words). */
function emitWordPrefixes(norm: string, length: number, mask: number, sink: FeatureSink): void {
  const words = norm.match(UNICODE_WORD) ?? [];
  const value = 1 / Math.sqrt(Math.max(1, words.length));
  for (const word of words) {
    let h = GROUP_SEEDS.prefix;
    for (let i = 0; i < Math.min(length, word.length); i++) h = fnvStep(h, word.charCodeAt(i));
    sink(mixHash(h) & mask, value);
  }
}

const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/gi;

/** Emits every feature of `text` (possibly repeated indices) to `sink`; pure apart from reusing scratch buffers. */
export function extractFeatures(text: string, config: FeatureConfig, sink: FeatureSink): void {
  const mask = (1 << config.hashBits) - 1;
  const norm = normaliseForLexicalFeatures(config.maskUrls ? text.replace(WEB_ADDRESS, " url ") : text);

  if (config.wordUnigrams || config.wordBigrams) {
    const n = config.unicodeWords ? hashUnicodeTokens(norm) : hashTokens(norm);
    if (n > 0) {
      const uniValue = 1 / Math.sqrt(n);
      // Bigrams include a sentence-start marker, so there are n of them.
      const biValue = 1 / Math.sqrt(n);
      let prev = GROUP_SEEDS.bigram;
      for (let t = 0; t < n; t++) {
        const h = tokenHashes[t] ?? 0;
        if (config.wordUnigrams) sink(mixHash(h) & mask, uniValue);
        if (config.wordBigrams) sink(mixHash(combineHashes(prev, h)) & mask, biValue);
        prev = h;
      }
    }
  }

  if (config.wordPrefix) emitWordPrefixes(norm, config.wordPrefix, mask, sink);

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
