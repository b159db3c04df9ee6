// Public API of the claim matcher ("checked before?"): build an index over archived fact-checks, keep it fresh with
// add/remove, and ask it for the entries that most likely check the same claim, with the words they share.

import shippedWeights from "./weights.json";
import { type ArchiveEntry, ClaimIndex } from "./claimIndex";
import { type MatchReason, matchReason } from "./matchReason";
import { decodeMatcherWeights, type MatcherModel, rerank } from "./reranker";
import { isStrongTop, type MatchStrength } from "./sameClaim";

export type { ArchiveEntry } from "./claimIndex";
export type { MatchReason } from "./matchReason";
export type { MatcherModel } from "./reranker";
export type { MatchStrength } from "./sameClaim";

/** One ranked match: the archive entry's id, the re-ranker's score (higher is better), its strength and why. */
export interface ClaimMatch {
  readonly id: string;
  readonly score: number;
  /** "strong": very likely the same claim (only ever the first match); "possible": worth a look, no more. */
  readonly strength: MatchStrength;
  /** Words of the archived claim or title (as written there) that the query shares. */
  readonly sharedTerms: readonly string[];
  /** The telling ones among them (numbers, names, rare words): what to show as the reason. */
  readonly reason: MatchReason;
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
  private readonly commonStems: ReadonlySet<string>;

  constructor(
    entries: Iterable<ArchiveEntry> = [],
    private readonly model: MatcherModel = shippedMatcherModel(),
  ) {
    this.index = new ClaimIndex(model.retrieval);
    this.commonStems = new Set(model.calibration.commonStems);
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

  /**
   * The `top` best matches for a claim or post in `language` (ISO 639-1 or BCP 47; unknown: English), best first;
   * empty when nothing shares a word with it. Entries in `exclude` (the claim's own published version, matches an
   * editor already decided on) are left out before the first match is judged, so the strength is that of the first
   * match shown. A match in another language is strong only on shared words other than names and numbers.
   */
  match(
    text: string,
    { top = 5, exclude, language = null }: { top?: number; exclude?: ReadonlySet<string>; language?: string | null } = {},
  ): ClaimMatch[] {
    const found = this.index.candidates(text, undefined, language);
    const ranked = rerank(this.model, exclude?.size ? found.filter((c) => !exclude.has(c.id)) : found);
    const strong = isStrongTop(this.model.calibration, this.commonStems, ranked, language);
    return ranked.slice(0, top).map(({ candidate, score }, i) => ({
      id: candidate.id,
      score,
      strength: strong && i === 0 ? "strong" : "possible",
      sharedTerms: candidate.sharedTerms,
      reason: matchReason(candidate.shared, this.commonStems),
    }));
  }
}
