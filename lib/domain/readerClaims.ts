import { claimAnchor, legacyNumbers } from "./claimAnchors";
import { orderPublishedClaims, verdictLanguage, type PublishedClaim, type PublishedSnapshot } from "./publishedSnapshot";

/**
 * A published claim with the number readers see (its place in reading order), its anchor (the same in every version)
 * and, for a claim shown under another number before numbers followed reading order, that number (`#claim-N` links).
 */
export type NumberedClaim = PublishedClaim & { shownNumber: number; anchor: string; oldNumber: number | null };

/** How many claims got a verdict; `language`: its label's, when its version recorded it (lib/domain/publishedSnapshot.ts verdictLanguage). */
export type VerdictCount = { label: string; colour: string; position: number; count: number; language?: string };

/**
 * The claims of a published version in reading order, numbered 1, 2, 3… as readers see them (never the desk's
 * numbers, whose gaps would show claims not published), each with its anchor and the number older links use.
 */
export function numberPublishedClaims(snapshot: Pick<PublishedSnapshot, "body" | "claims" | "numbering">): NumberedClaim[] {
  const old = legacyNumbers(snapshot);
  return orderPublishedClaims(snapshot.body, snapshot.claims).map((claim, index) => ({
    ...claim,
    shownNumber: index + 1,
    anchor: claimAnchor(claim.id),
    oldNumber: old.get(claim.id) ?? null,
  }));
}

/** The verdicts of a version's claims counted, one entry per verdict given, ordered as on the rating scale. */
export function summariseVerdicts(claims: readonly Pick<PublishedClaim, "verdict">[]): VerdictCount[] {
  const counts = new Map<string, VerdictCount>();
  for (const { verdict } of claims) {
    const entry = counts.get(verdict.label);
    if (entry) entry.count += 1;
    else {
      const language = verdictLanguage(verdict);
      counts.set(verdict.label, { label: verdict.label, colour: verdict.colour, position: verdict.position, count: 1, ...(language ? { language } : {}) });
    }
  }
  return [...counts.values()].sort((a, b) => a.position - b.position || a.label.localeCompare(b.label));
}
