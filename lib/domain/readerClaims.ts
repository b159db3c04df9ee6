import { orderPublishedClaims, type PublishedClaim } from "./publishedSnapshot";

/** A published claim with the number readers know it by (`#claim-N`). */
export type NumberedClaim = PublishedClaim & { shownNumber: number };

/** How many claims of a published version got one verdict, in the order of the rating scale. */
export type VerdictCount = { label: string; colour: string; position: number; count: number };

/**
 * The claims of a published version in reading order, each with the number readers see: the desk's claim number
 * when every claim has a distinct one (so the numbers stay the same from one version to the next), else its place
 * in reading order (1, 2, 3…) for all of them, so two claims never share a number.
 */
export function numberPublishedClaims(body: string, claims: readonly PublishedClaim[]): NumberedClaim[] {
  const ordered = orderPublishedClaims(body, claims);
  const deskNumbers = ordered.map((c) => c.number);
  const useDeskNumbers =
    deskNumbers.every((n): n is number => typeof n === "number" && Number.isInteger(n) && n > 0) && new Set(deskNumbers).size === deskNumbers.length;
  return ordered.map((claim, index) => ({ ...claim, shownNumber: useDeskNumbers ? claim.number! : index + 1 }));
}

/** The verdicts of a version's claims counted, one entry per verdict given, ordered as on the rating scale. */
export function summariseVerdicts(claims: readonly Pick<PublishedClaim, "verdict">[]): VerdictCount[] {
  const counts = new Map<string, VerdictCount>();
  for (const { verdict } of claims) {
    const entry = counts.get(verdict.label);
    if (entry) entry.count += 1;
    else counts.set(verdict.label, { label: verdict.label, colour: verdict.colour, position: verdict.position, count: 1 });
  }
  return [...counts.values()].sort((a, b) => a.position - b.position || a.label.localeCompare(b.label));
}

/** The summary in one sentence, e.g. "3 claims checked: 1 False, 2 True." */
export function verdictSummarySentence(counts: readonly VerdictCount[]): string {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const head = `${total} ${total === 1 ? "claim" : "claims"} checked`;
  return counts.length ? `${head}: ${counts.map((c) => `${c.count} ${c.label}`).join(", ")}.` : `${head}.`;
}
