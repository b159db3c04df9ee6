// Public API of the claim matcher ("checked before?"): build an index over archived fact-checks, keep it fresh with
// add/remove, and ask it for the entries that most likely check the same claim, with the words they share.

import shippedWeights from "./weights.json";
import { type ArchiveEntry, ClaimIndex } from "./claimIndex";
import { decodeMatcherWeights, type MatcherModel, rerank } from "./reranker";

export type { ArchiveEntry } from "./claimIndex";
export type { MatcherModel } from "./reranker";

/** One ranked match: the archive entry's id, the re-ranker's score (higher is better) and the shared words. */
export interface ClaimMatch {
  readonly id: string;
  readonly score: number;
  /** Words of the archived claim or title (as written there) that the query shares: what to highlight. */
  readonly sharedTerms: readonly string[];
}

let shipped: MatcherModel | undefined;

/** The model trained by scripts/train-matcher.ts (decoded once, then cached). */
export function shippedMatcherModel(): MatcherModel {
  shipped ??= decodeMatcherWeights(shippedWeights);
  return shipped;
}

/** A searchable archive of fact-checks. */
export class ClaimMatcher {
  private readonly index: ClaimIndex;

  constructor(
    entries: Iterable<ArchiveEntry> = [],
    private readonly model: MatcherModel = shippedMatcherModel(),
  ) {
    this.index = new ClaimIndex(model.retrieval);
    for (const entry of entries) this.index.add(entry);
  }

  get size(): number {
    return this.index.size;
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  /** Adds an entry, or replaces the one with the same id (an edited claim or title). */
  add(entry: ArchiveEntry): void {
    this.index.add(entry);
  }

  /** Removes an entry (a retracted or deleted fact-check); returns whether it was there. */
  remove(id: string): boolean {
    return this.index.remove(id);
  }

  /** The `top` best matches for a claim or post, best first; empty when nothing shares a word with it. */
  match(text: string, { top = 5 }: { top?: number } = {}): ClaimMatch[] {
    return rerank(this.model, this.index.candidates(text))
      .slice(0, top)
      .map(({ candidate, score }) => ({ id: candidate.id, score, sharedTerms: candidate.sharedTerms }));
  }
}
