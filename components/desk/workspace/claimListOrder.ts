import type { WorkspaceClaim } from "@/lib/services/articles/workspaceDto";
import { isFlagged, STATUS_ORDER, type ClaimStatus } from "./claimStatus";

export type ClaimFilter = "all" | "flagged" | ClaimStatus;
export type ClaimSort = "position" | "score" | "status";

/** Claims in the order of the text (the service sends them so; orphaned ones keep their last place). */
export function byPosition(a: WorkspaceClaim, b: WorkspaceClaim): number {
  return a.start - b.start || a.end - b.end;
}

export function filterClaims(claims: readonly WorkspaceClaim[], filter: ClaimFilter): WorkspaceClaim[] {
  if (filter === "all") return [...claims];
  if (filter === "flagged") return claims.filter(isFlagged);
  return claims.filter((c) => c.status === filter);
}

export function sortClaims(claims: WorkspaceClaim[], sort: ClaimSort): WorkspaceClaim[] {
  if (sort === "score") return claims.sort((a, b) => (b.checkWorthiness ?? -1) - (a.checkWorthiness ?? -1) || byPosition(a, b));
  if (sort === "status") return claims.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || byPosition(a, b));
  return claims.sort(byPosition);
}

/** The claim right after this one in the text, which "Merge with next claim" joins it with. */
export function nextInText(claims: readonly WorkspaceClaim[], claim: WorkspaceClaim): WorkspaceClaim | null {
  if (claim.anchorState === "orphaned") return null;
  let next: WorkspaceClaim | null = null;
  for (const c of claims) {
    if (c.id === claim.id || c.anchorState === "orphaned" || byPosition(c, claim) <= 0) continue;
    if (!next || byPosition(c, next) < 0) next = c;
  }
  return next;
}

/** A span of the body with the whitespace at either end left out, or null when nothing but whitespace is left. */
export function trimSpan(body: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(body.length, Math.max(start, end));
  while (s < e && /\s/.test(body[s]!)) s++;
  while (e > s && /\s/.test(body[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}
