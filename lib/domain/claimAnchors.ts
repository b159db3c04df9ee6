import type { PublishedClaim, PublishedSnapshot } from "./publishedSnapshot";

// How links name a claim on the reader page. Readers see the claims of each version numbered 1…n in reading order,
// so a number can name another claim in the next version (one added before it shifts the rest): links meant to
// last (ClaimReview url, API, embeds, search, shares) use the claim's anchor, made from its id and the same in every
// version. Versions published before numbers followed reading order showed the desk's numbers (`#claim-7`); links
// made then keep reaching their claim through `legacyNumber`, and only for those claims, so no desk number of a
// newer claim shows.

/** `numbering` of a snapshot whose claims are numbered in reading order. */
export const READING_ORDER = "reading";

/**
 * A claim's anchor on every version of its article's page: `claim-` and the first 8 characters of its id (random:
 * two claims of one article share them about once in a billion articles of 50 claims).
 */
export function claimAnchor(claimId: string): string {
  return `claim-${claimId.slice(0, 8).toLowerCase()}`;
}

/** A claim as a page's links can name it: its anchor, its number in the version, the number older links use. */
export type ClaimAddress = { id: string; anchor: string; number: number; legacyNumber?: number };

type Numbered = Pick<PublishedClaim, "id" | "number" | "start" | "end" | "legacyNumber">;

/**
 * What the claims of a version of the time before reading-order numbers were shown as: the desk's numbers when each
 * had its own, else places in reading order. Their `#claim-N` links are out in the world.
 */
function numbersShownBefore(claims: readonly Numbered[]): Map<string, number> {
  const ordered = [...claims].sort((a, b) => a.start - b.start || a.end - b.end);
  const desk = ordered.map((c) => c.number);
  const useDesk = desk.every((n): n is number => typeof n === "number" && Number.isInteger(n) && n > 0) && new Set(desk).size === desk.length;
  return new Map(ordered.map((claim, index) => [claim.id, useDesk ? claim.number! : index + 1]));
}

/** The `#claim-N` that links made before reading-order numbers use for each claim of a version, by claim id. */
export function legacyNumbers(snapshot: { numbering?: string; claims: readonly Numbered[] }): Map<string, number> {
  if (snapshot.numbering !== READING_ORDER) return numbersShownBefore(snapshot.claims);
  return new Map(snapshot.claims.flatMap((c) => (c.legacyNumber ? [[c.id, c.legacyNumber] as const] : [])));
}

/**
 * A new version, numbered in reading order, whose claims keep the `#claim-N` earlier versions (newest first) gave
 * them before numbers followed reading order; a number already kept for another claim is not given twice.
 */
export function keepLegacyNumbers(next: PublishedSnapshot, earlier: readonly { numbering?: string; claims: readonly Numbered[] }[]): PublishedSnapshot {
  const byClaim = new Map<string, number>();
  const taken = new Set<number>();
  for (const version of earlier) {
    for (const [id, number] of legacyNumbers(version)) {
      if (byClaim.has(id) || taken.has(number)) continue;
      byClaim.set(id, number);
      taken.add(number);
    }
  }
  return {
    ...next,
    numbering: READING_ORDER,
    claims: next.claims.map((claim) => {
      const { legacyNumber: _dropped, ...rest } = claim;
      const kept = byClaim.get(claim.id);
      return kept ? { ...rest, legacyNumber: kept } : rest;
    }),
  };
}

/**
 * The claim a fragment of the reader page names (`claim-…`, without `#`): its anchor, its full id, the number an
 * older link gave it, or else its number in this version. Null when none does.
 */
export function claimAt<T extends ClaimAddress>(claims: readonly T[], fragment: string): T | null {
  const name = fragment.toLowerCase();
  const byAnchor = claims.find((c) => c.anchor === name || `claim-${c.id.toLowerCase()}` === name);
  if (byAnchor) return byAnchor;
  const number = /^claim-([1-9][0-9]{0,8})$/.exec(name)?.[1];
  if (!number) return null;
  return claims.find((c) => c.legacyNumber === Number(number)) ?? claims.find((c) => c.number === Number(number)) ?? null;
}

/** The addresses of a version's claims, in its order (reading order): number n is the n-th. */
export function claimAddresses(snapshot: { numbering?: string; claims: readonly Numbered[] }): ClaimAddress[] {
  const legacy = legacyNumbers(snapshot);
  return snapshot.claims.map((claim, index) => {
    const legacyNumber = legacy.get(claim.id);
    return { id: claim.id, anchor: claimAnchor(claim.id), number: index + 1, ...(legacyNumber ? { legacyNumber } : {}) };
  });
}

/**
 * Every fragment that names a claim of the page, mapped to the anchor `claimAt` finds for it (so a page's script
 * can resolve `#claim-3` or an older link without the claims' list and the rules above).
 */
export function claimFragments(claims: readonly ClaimAddress[]): Record<string, string> {
  const names = claims.flatMap((c) => [c.anchor, `claim-${c.id.toLowerCase()}`, `claim-${c.number}`, ...(c.legacyNumber ? [`claim-${c.legacyNumber}`] : [])]);
  return Object.fromEntries(names.map((name) => [name, claimAt(claims, name)!.anchor]));
}
