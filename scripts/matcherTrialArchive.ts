// The archive as the claim matcher's training and evaluation need it: one index, searched as it is, with a query's
// answers taken out for a while (the "no answer" case), or with answers put into a smaller sample of it (an archive
// the size of a newsroom's). Taking entries out and putting them back in reverse order restores the index exactly,
// free slots included, so later searches score and break ties as before.

import type { ArchiveEntry } from "../lib/domain/claimMatching";
import { type Candidate, ClaimIndex, type RetrievalSettings } from "../lib/domain/claimMatching/claimIndex";
import { sameClaimKey } from "../lib/domain/claimMatching/matchText";
import { seededRandom } from "./seededRandom";

export class TrialArchive {
  readonly index: ClaimIndex;
  private readonly byId: Map<string, ArchiveEntry>;
  private readonly idsByText = new Map<string, string[]>();

  /**
   * `full` is the whole archive (where answers come from); `entries` what the index holds. With `claimsOnly`, titles
   * are dropped, as in the app, whose archive has claims only.
   */
  constructor(
    full: readonly ArchiveEntry[],
    entries: readonly ArchiveEntry[],
    settings: RetrievalSettings,
    private readonly claimsOnly = false,
  ) {
    this.byId = new Map(full.map((entry) => [entry.id, entry]));
    for (const entry of full) {
      const key = sameClaimKey(entry.claim);
      this.idsByText.set(key, [...(this.idsByText.get(key) ?? []), entry.id]);
    }
    this.index = new ClaimIndex(settings);
    for (const entry of entries) this.index.add(this.version(entry));
  }

  /** A random sample of `size` entries of `full` (seeded), claims only: an archive the size of a newsroom's. */
  static sample(full: readonly ArchiveEntry[], size: number, settings: RetrievalSettings, seed: number): TrialArchive {
    const random = seededRandom(seed);
    const pool = [...full];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [pool[i], pool[j]] = [pool[j] as ArchiveEntry, pool[i] as ArchiveEntry];
    }
    return new TrialArchive(full, pool.slice(0, size), settings, true);
  }

  private version(entry: ArchiveEntry): ArchiveEntry {
    return this.claimsOnly ? { id: entry.id, claim: entry.claim, title: "" } : entry;
  }

  /** The right claims of a query and every entry with the same claim word for word (`sameClaimKey`): what "no answer" takes out. */
  answers(relevant: ReadonlySet<string>): string[] {
    const ids = [...relevant].flatMap((id) => {
      const entry = this.byId.get(id);
      return entry ? (this.idsByText.get(sameClaimKey(entry.claim)) ?? [id]) : [id];
    });
    return [...new Set(ids)];
  }

  /** Candidates for `text` as the index stands. */
  candidates(text: string, settings: RetrievalSettings): Candidate[] {
    return this.index.candidates(text, settings);
  }

  /** Candidates for `text` with `ids` taken out for the search (ids the index lacks are ignored). */
  without(text: string, ids: readonly string[], settings: RetrievalSettings): Candidate[] {
    const out = ids.map((id) => this.byId.get(id)).filter((entry): entry is ArchiveEntry => !!entry && this.index.has(entry.id));
    for (const entry of out) this.index.remove(entry.id);
    try {
      return this.index.candidates(text, settings);
    } finally {
      for (const entry of out.reverse()) this.index.add(this.version(entry));
    }
  }

  /** Candidates for `text` with the entries `ids` (of the whole archive) put in for the search. */
  with(text: string, ids: readonly string[], settings: RetrievalSettings): Candidate[] {
    const added = ids.map((id) => this.byId.get(id)).filter((entry): entry is ArchiveEntry => !!entry && !this.index.has(entry.id));
    for (const entry of added) this.index.add(this.version(entry));
    try {
      return this.index.candidates(text, settings);
    } finally {
      for (const entry of added.reverse()) this.index.remove(entry.id);
    }
  }
}
