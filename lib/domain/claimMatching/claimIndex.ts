// The in-memory archive index: BM25 over claim + title stems finds candidates, then each candidate gets the features
// the learned re-ranker weighs (stem bigrams among them). Entries can be added and removed one at a time, so the index
// follows the archive as it changes; collection statistics (document frequencies, average length) stay exact.

import { primaryLanguage } from "../textSearchConfig";
import { analyseText, sameClaimKeyOf, stemBigrams } from "./matchText";

/** One fact-check in the archive: its id, the claim it rated and, if known, its title and language. */
export interface ArchiveEntry {
  readonly id: string;
  readonly claim: string;
  readonly title?: string | null;
  /** ISO 639-1 code or BCP 47 tag of the claim's language (ClaimReview inLanguage); unknown: read as English. */
  readonly language?: string | null;
}

/** First-stage settings (stored with the trained model, since the re-ranker's features depend on them). */
export interface RetrievalSettings {
  readonly k1: number;
  readonly b: number;
  /** How many first-stage candidates the re-ranker sees. */
  readonly candidates: number;
}

/** Names of the re-ranker's features, in the order `features` holds them. */
export const FEATURE_NAMES = [
  "bm25",
  "bm25RelativeToTop",
  "reciprocalRank",
  "bm25Claim",
  "bm25Title",
  "bm25Bigrams",
  "claimCoverage",
  "titleCoverage",
  "entryCoverage",
  "queryCoverage",
  "cosine",
  "sharedNumbers",
  "missingNumbers",
  "entryHasNumbers",
  "sharedNames",
  "missingNames",
  "entryLength",
  "queryLength",
] as const;

/** A word the query and an archive entry share: what the entry writes, and what kind of fact it is. */
export interface SharedTerm {
  /** The word as the entry writes it. */
  readonly surface: string;
  readonly stem: string;
  readonly numeric: boolean;
  /** Capitalised inside the entry's claim (not first in a sentence): a name, place or organisation, probably. */
  readonly name: boolean;
  /** Inverse document frequency in the archive: the rarer the word, the more it says. */
  readonly idf: number;
}

/** A first-stage candidate with its re-ranker features. */
export interface Candidate {
  readonly id: string;
  /** Entries with the same key have the same claim, word for word (see `sameClaimKey`). */
  readonly sameClaimKey: string;
  /** Position in the first-stage (BM25) ranking, from 0. */
  readonly rank: number;
  readonly bm25: number;
  readonly features: Float64Array;
  /** The entry's words (as written) whose stems the query shares: "why it matched". */
  readonly sharedTerms: string[];
  /** The same words with what kind of fact each is, in the entry's order. */
  readonly shared: readonly SharedTerm[];
  /** The entry's language (its primary subtag), null when unknown. */
  readonly language: string | null;
}

/** Term ids and their counts in one field of one entry (unique ids, parallel arrays). */
interface Field {
  readonly terms: Int32Array;
  readonly counts: Int32Array;
  readonly length: number;
}

interface IndexedEntry {
  readonly id: string;
  readonly language: string | null;
  readonly sameClaimKey: string;
  readonly claim: Field;
  readonly title: Field;
  /** Claim and title together. */
  readonly all: Field;
  /** Unique stem bigrams and their counts; `length` counts them all. */
  readonly bigrams: { readonly terms: readonly string[]; readonly counts: readonly number[]; readonly length: number };
  /** The word as written for each term of `all`, same order. */
  readonly surfaces: readonly string[];
  readonly numbers: Int32Array;
  readonly names: Int32Array;
  /** Names in the claim alone: titles are often in title case, where every word has a capital. */
  readonly claimNames: Int32Array;
}

const EMPTY = new Int32Array(0);

function uniqueCounts(items: readonly string[]): IndexedEntry["bigrams"] {
  const at = new Map<string, number>();
  const terms: string[] = [];
  const counts: number[] = [];
  for (const item of items) {
    const k = at.get(item);
    if (k === undefined) {
      at.set(item, terms.length);
      terms.push(item);
      counts.push(1);
    } else counts[k] = (counts[k] ?? 0) + 1;
  }
  return { terms, counts, length: items.length };
}

function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** An archive index for claim matching; see `ClaimMatcher` (index.ts) for the ranked, re-ranked search. */
export class ClaimIndex {
  private readonly entries: (IndexedEntry | undefined)[] = [];
  private readonly slotById = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  // Stems are interned once; per-term tables are indexed by term id.
  private readonly termIds = new Map<string, number>();
  private readonly stems: string[] = [];
  private readonly postingSlots: number[][] = [];
  private readonly postingCounts: number[][] = [];
  private readonly claimDf: number[] = [];
  private readonly titleDf: number[] = [];
  // Bigrams only feed a re-ranker feature: document frequencies suffice, no postings (there are ~10 times more).
  private readonly bigramDf = new Map<string, number>();
  private readonly totals = { claim: 0, title: 0, all: 0, bigrams: 0 };

  /** The settings of the search under way (a training run may score one index with several). */
  private scoring: RetrievalSettings;

  constructor(readonly settings: RetrievalSettings) {
    this.scoring = settings;
  }

  /** Number of entries in the index. */
  get size(): number {
    return this.slotById.size;
  }

  has(id: string): boolean {
    return this.slotById.has(id);
  }

  private intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.postingSlots.length;
      this.termIds.set(term, id);
      this.stems.push(term);
      this.postingSlots.push([]);
      this.postingCounts.push([]);
      this.claimDf.push(0);
      this.titleDf.push(0);
    }
    return id;
  }

  /** Unique term ids with their counts; with `surfaces`, also collects each term's first spelling from `words`. */
  private field(ids: readonly number[], surfaces?: string[], words?: readonly string[]): Field {
    const terms: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      const k = terms.indexOf(id); // fields are short: a scan beats a Map here
      if (k < 0) {
        terms.push(id);
        counts.push(1);
        surfaces?.push(words?.[i] ?? "");
      } else counts[k] = (counts[k] ?? 0) + 1;
    }
    return { terms: Int32Array.from(terms), counts: Int32Array.from(counts), length: ids.length };
  }

  /** Adds an entry, or replaces the entry with the same id. */
  add(entry: ArchiveEntry): void {
    this.remove(entry.id);
    const claimTokens = analyseText(entry.claim, entry.language);
    const titleTokens = analyseText(entry.title ?? "", entry.language);
    const allTokens = [...claimTokens, ...titleTokens];
    const claimIds = claimTokens.map((t) => this.intern(t.stem));
    const titleIds = titleTokens.map((t) => this.intern(t.stem));
    const allIds = [...claimIds, ...titleIds];
    const surfaces: string[] = [];
    const all = this.field(allIds, surfaces, allTokens.map((t) => t.surface));
    const numbers = new Set<number>();
    const names = new Set<number>();
    const claimNames = new Set<number>();
    allTokens.forEach((t, i) => {
      // Claims are written in sentence case, so a capital inside one marks a name.
      if (t.numeric) numbers.add(allIds[i] as number);
      else if (t.capitalised) {
        names.add(allIds[i] as number);
        if (i < claimIds.length) claimNames.add(allIds[i] as number);
      }
    });
    const indexed: IndexedEntry = {
      id: entry.id,
      language: primaryLanguage(entry.language),
      sameClaimKey: sameClaimKeyOf(claimTokens),
      claim: this.field(claimIds),
      title: this.field(titleIds),
      all,
      bigrams: uniqueCounts([...stemBigrams(claimTokens), ...stemBigrams(titleTokens)]),
      surfaces,
      numbers: numbers.size ? Int32Array.from(numbers) : EMPTY,
      names: names.size ? Int32Array.from(names) : EMPTY,
      claimNames: claimNames.size ? Int32Array.from(claimNames) : EMPTY,
    };
    const slot = this.freeSlots.pop() ?? this.entries.length;
    this.entries[slot] = indexed;
    this.slotById.set(entry.id, slot);
    this.count(indexed, 1);
    const { terms, counts } = indexed.all;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i] as number;
      (this.postingSlots[term] as number[]).push(slot);
      (this.postingCounts[term] as number[]).push(counts[i] as number);
    }
  }

  /** Removes the entry with this id; returns whether there was one. */
  remove(id: string): boolean {
    const slot = this.slotById.get(id);
    const indexed = slot === undefined ? undefined : this.entries[slot];
    if (slot === undefined || !indexed) return false;
    this.count(indexed, -1);
    for (const term of indexed.all.terms) {
      const slots = this.postingSlots[term] as number[];
      const at = slots.indexOf(slot);
      if (at >= 0) {
        slots.splice(at, 1);
        (this.postingCounts[term] as number[]).splice(at, 1);
      }
    }
    this.entries[slot] = undefined;
    this.slotById.delete(id);
    this.freeSlots.push(slot);
    return true;
  }

  private count(indexed: IndexedEntry, sign: 1 | -1): void {
    this.totals.claim += sign * indexed.claim.length;
    this.totals.title += sign * indexed.title.length;
    this.totals.all += sign * indexed.all.length;
    this.totals.bigrams += sign * indexed.bigrams.length;
    for (const term of indexed.claim.terms) this.claimDf[term] = (this.claimDf[term] ?? 0) + sign;
    for (const term of indexed.title.terms) this.titleDf[term] = (this.titleDf[term] ?? 0) + sign;
    for (const bigram of indexed.bigrams.terms) {
      const df = (this.bigramDf.get(bigram) ?? 0) + sign;
      if (df > 0) this.bigramDf.set(bigram, df);
      else this.bigramDf.delete(bigram);
    }
  }

  private bm25Term(tf: number, length: number, average: number): number {
    const { k1, b } = this.scoring;
    return (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / (average || 1)));
  }

  /** BM25 of one field of an entry against the query's term ids. */
  private fieldScore(f: Field, df: readonly number[], total: number, query: ReadonlySet<number>): number {
    const n = this.size;
    const average = total / (n || 1);
    let score = 0;
    for (let i = 0; i < f.terms.length; i++) {
      const term = f.terms[i] as number;
      if (query.has(term)) score += idf(n, df[term] ?? 0) * this.bm25Term(f.counts[i] as number, f.length, average);
    }
    return score;
  }

  /** BM25 of the entry's stem bigrams against the query's (length-normalised by the entry's stem count). */
  private bigramScore(entry: IndexedEntry, queryBigrams: ReadonlySet<string>): number {
    const n = this.size;
    const average = this.totals.bigrams / (n || 1);
    let score = 0;
    const { terms, counts } = entry.bigrams;
    for (let i = 0; i < terms.length; i++) {
      const bigram = terms[i] as string;
      if (queryBigrams.has(bigram)) {
        score += idf(n, this.bigramDf.get(bigram) ?? 0) * this.bm25Term(counts[i] as number, entry.all.length, average);
      }
    }
    return score;
  }

  /** Known term ids of `terms` (terms the archive never used cannot match anything). */
  private known(terms: Iterable<string>): Set<number> {
    const ids = new Set<number>();
    for (const term of terms) {
      const id = this.termIds.get(term);
      if (id !== undefined && (this.postingSlots[id]?.length ?? 0) > 0) ids.add(id);
    }
    return ids;
  }

  /** Adds BM25 contributions of `terms` (over claim + title) into `scores`, by slot. */
  private accumulate(terms: ReadonlySet<number>, average: number, scores: Float64Array, touched: number[]): void {
    const n = this.size;
    for (const term of terms) {
      const slots = this.postingSlots[term] as number[];
      const counts = this.postingCounts[term] as number[];
      const weight = idf(n, slots.length);
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i] as number;
        if (scores[slot] === 0) touched.push(slot);
        scores[slot] = (scores[slot] ?? 0) + weight * this.bm25Term(counts[i] as number, this.entries[slot]?.all.length ?? 0, average);
      }
    }
  }

  /**
   * The first-stage candidates for `text` (in `language`, unknown: English), best first, each with re-ranker
   * features; `settings` default to the index's.
   */
  candidates(text: string, settings: RetrievalSettings = this.settings, language: string | null = null): Candidate[] {
    this.scoring = settings;
    try {
      return this.scoredCandidates(text, settings.candidates, language);
    } finally {
      this.scoring = this.settings;
    }
  }

  private scoredCandidates(text: string, limit: number, language: string | null): Candidate[] {
    const n = this.size;
    const queryTokens = analyseText(text, language);
    if (n === 0 || queryTokens.length === 0) return [];
    const queryTerms = this.known(queryTokens.map((t) => t.stem));
    const queryBigrams = new Set(stemBigrams(queryTokens).filter((bigram) => this.bigramDf.has(bigram)));
    const queryNumbers = this.known(queryTokens.filter((t) => t.numeric).map((t) => t.stem));
    const queryNames = this.known(queryTokens.filter((t) => t.capitalised).map((t) => t.stem));

    // First stage: BM25 over claim + title stems.
    const scores = new Float64Array(this.entries.length);
    const touched: number[] = [];
    this.accumulate(queryTerms, this.totals.all / n, scores, touched);
    const scored = touched.map((slot) => ({ slot, score: scores[slot] ?? 0 }));
    scored.sort((a, b) => b.score - a.score || a.slot - b.slot);
    const top = scored.slice(0, limit);
    const topScore = top[0]?.score ?? 1;

    const termIdf = (term: number) => idf(n, this.postingSlots[term]?.length ?? 0);
    let queryWeight = 0;
    let queryNorm = 0;
    for (const term of queryTerms) {
      const w = termIdf(term);
      queryWeight += w;
      queryNorm += w * w;
    }
    const coverage = (f: Field): number => {
      let found = 0;
      let total = 0;
      for (const term of f.terms) {
        const w = termIdf(term);
        total += w;
        if (queryTerms.has(term)) found += w;
      }
      return total > 0 ? found / total : 0;
    };

    return top.map(({ slot, score }, rank) => {
      const entry = this.entries[slot] as IndexedEntry;
      let sharedWeight = 0;
      let dot = 0;
      let entryNorm = 0;
      const shared: SharedTerm[] = [];
      for (let i = 0; i < entry.all.terms.length; i++) {
        const term = entry.all.terms[i] as number;
        const w = termIdf(term);
        entryNorm += (w * (entry.all.counts[i] as number)) ** 2;
        if (queryTerms.has(term)) {
          dot += w * w * (entry.all.counts[i] as number);
          sharedWeight += w;
          const stem = this.stems[term] ?? "";
          shared.push({ surface: entry.surfaces[i] ?? "", stem, numeric: stem.startsWith("#"), name: entry.claimNames.includes(term), idf: w });
        }
      }
      let sharedNumbers = 0;
      for (const number of entry.numbers) if (queryNumbers.has(number)) sharedNumbers++;
      let nameWeight = 0;
      let sharedNameWeight = 0;
      for (const name of entry.names) {
        const w = termIdf(name);
        nameWeight += w;
        if (queryTerms.has(name)) sharedNameWeight += w;
      }
      let queryNameShared = 0;
      for (const term of entry.all.terms) if (queryNames.has(term)) queryNameShared += termIdf(term);
      const features = Float64Array.from([
        score,
        score / (topScore || 1),
        1 / (rank + 1),
        this.fieldScore(entry.claim, this.claimDf, this.totals.claim, queryTerms),
        this.fieldScore(entry.title, this.titleDf, this.totals.title, queryTerms),
        this.bigramScore(entry, queryBigrams),
        coverage(entry.claim),
        coverage(entry.title),
        coverage(entry.all),
        queryWeight > 0 ? sharedWeight / queryWeight : 0,
        entryNorm > 0 && queryNorm > 0 ? dot / Math.sqrt(entryNorm * queryNorm) : 0,
        Math.min(sharedNumbers, 3),
        entry.numbers.length > 0 ? (entry.numbers.length - sharedNumbers) / entry.numbers.length : 0,
        entry.numbers.length > 0 ? 1 : 0,
        Math.log1p(queryNameShared),
        nameWeight > 0 ? 1 - sharedNameWeight / nameWeight : 0,
        Math.log1p(entry.all.length),
        Math.log1p(queryTokens.length),
      ]);
      const sharedTerms = shared.map((t) => t.surface);
      return { id: entry.id, sameClaimKey: entry.sameClaimKey, rank, bm25: score, features, sharedTerms, shared, language: entry.language };
    });
  }
}
