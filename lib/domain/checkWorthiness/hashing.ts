// 32-bit FNV-1a hashing over UTF-16 code units, computed incrementally so n-grams need no substrings.

export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Folds one UTF-16 code unit into a running FNV-1a hash; returns the new unsigned 32-bit hash. */
export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0;
}

/** Combines two 32-bit hashes (e.g. of adjacent words) into one, order-sensitive. */
export function combineHashes(a: number, b: number): number {
  let h = fnvStep(a, 0x7c);
  h = fnvStep(h, b & 0xffff);
  return fnvStep(h, b >>> 16);
}

/** Distinct seeds per feature group, so that a word and a character n-gram with equal text hash differently. */
export const GROUP_SEEDS = {
  word: fnvStep(FNV_OFFSET, 0x57),
  bigram: fnvStep(FNV_OFFSET, 0x42),
  char: fnvStep(FNV_OFFSET, 0x43),
  prefix: fnvStep(FNV_OFFSET, 0x50),
} as const;

/** Murmur3 finalizer: spreads a 32-bit hash so its low bits can index a bucket table. */
export function mixHash(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
