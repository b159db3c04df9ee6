import { verdictLanguage, type PublishedClaim, type PublishedSnapshot } from "./publishedSnapshot";
import { verdictChanged } from "./verdictChange";

/** How one claim differs between two versions. */
export type ClaimChange =
  | {
      kind: "added";
      claim: PublishedClaim;
      /** A version before the older one published it (the older one left it out): published again, not new. */
      publishedBefore?: boolean;
    }
  | { kind: "removed"; claim: PublishedClaim }
  | { kind: "changed"; before: PublishedClaim; after: PublishedClaim; verdict: boolean; explanation: boolean; statement: boolean; sources: boolean; words: boolean;
      /** The claimant's kind (person or organisation) or the claim's own link changed. */
      claimant: boolean;
    };

export type SnapshotDiff = {
  titleChanged: boolean;
  textChanged: boolean;
  sourceChanged: boolean;
  /** The article's language (its `lang` on the page, its reviews' inLanguage) changed. */
  languageChanged: boolean;
  /**
   * A verdict's words are the same but marked as another language (the scale's language corrected): its `lang` on the
   * page and its review's inLanguage change, its rating does not (no claim is "changed").
   */
  verdictLanguageChanged: boolean;
  claims: ClaimChange[];
  /** Nothing a reader would see differs. */
  identical: boolean;
};

/**
 * What changes for readers from one version to the next (`before` null: nothing public yet). Claims are matched by
 * id; a claim whose verdict, explanation, statement, claimant (name, kind, own link), sources or words differ is "changed".
 * `beforePublishedAt`, when given, tells an added claim first published before `before` was (publishedBefore).
 */
export function diffSnapshots(before: PublishedSnapshot | null, after: PublishedSnapshot, beforePublishedAt?: Date): SnapshotDiff {
  const old = new Map((before?.claims ?? []).map((c) => [c.id, c]));
  const languageChanged = (before?.language ?? null) !== (after.language ?? null);
  const changes: ClaimChange[] = [];
  let verdictLanguageChanged = false;
  for (const claim of after.claims) {
    const previous = old.get(claim.id);
    old.delete(claim.id);
    if (previous && wordsLanguageDiffers(previous, claim)) verdictLanguageChanged = true;
    if (!previous) {
      const publishedBefore = Boolean(beforePublishedAt && claim.firstPublishedAt && Date.parse(claim.firstPublishedAt) < beforePublishedAt.getTime());
      changes.push({ kind: "added", claim, ...(publishedBefore ? { publishedBefore } : {}) });
      continue;
    }
    const change = {
      verdict: verdictChanged(previous.verdict, claim.verdict, languageChanged),
      explanation: previous.explanation !== claim.explanation,
      statement: previous.statement !== claim.statement || previous.claimant !== claim.claimant,
      claimant: (previous.claimantType ?? null) !== (claim.claimantType ?? null) || (previous.appearanceUrl ?? null) !== (claim.appearanceUrl ?? null),
      sources: !sameSources(previous.sources, claim.sources),
      words: previous.quote !== claim.quote,
    };
    if (Object.values(change).some(Boolean)) changes.push({ kind: "changed", before: previous, after: claim, ...change });
  }
  for (const claim of old.values()) changes.push({ kind: "removed", claim });
  const titleChanged = before?.title !== after.title;
  const textChanged = before?.body !== after.body;
  const sourceChanged = !before || (Object.keys(after.source) as (keyof PublishedSnapshot["source"])[]).some((key) => before.source[key] !== after.source[key]);
  return {
    titleChanged,
    textChanged,
    sourceChanged,
    languageChanged,
    verdictLanguageChanged,
    claims: changes,
    identical: before !== null && !titleChanged && !textChanged && !sourceChanged && !languageChanged && !verdictLanguageChanged && changes.length === 0,
  };
}

/**
 * Whether the same verdict's words are marked as another language: both known (a version published before snapshots
 * recorded the scale's language is read in the newsroom's it recorded, else not compared).
 */
function wordsLanguageDiffers(before: PublishedClaim, after: PublishedClaim): boolean {
  if (before.verdict.label !== after.verdict.label) return false;
  const was = verdictLanguage(before.verdict) ?? before.newsroomLanguage;
  const now = verdictLanguage(after.verdict) ?? after.newsroomLanguage;
  return was !== undefined && now !== undefined && was !== now;
}

// Compared field by field: snapshots read back from jsonb come with their keys in another order.
function sameSources(a: PublishedClaim["sources"], b: PublishedClaim["sources"]): boolean {
  return a.length === b.length && a.every((source, i) => source.url === b[i]?.url && source.title === b[i]?.title);
}
