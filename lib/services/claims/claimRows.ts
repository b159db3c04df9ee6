import { and, asc, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { claims, type Claim } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/core/errors";

// Claim rows are locked after their article's row and in id order (see articles/articleLocks.ts), so two
// transactions never wait on each other in a circle.

export const STALE_CLAIM = "Someone else changed this claim in the meantime. Reload to see their change, then try again.";

/** Reads a claim for change, locking its row for the rest of the transaction. */
export async function lockClaim(db: Queryable, claimId: string): Promise<Claim> {
  const [claim] = await db.select().from(claims).where(eq(claims.id, claimId)).for("update");
  if (!claim) throw new NotFoundError("That claim");
  return claim;
}

/** Reads several claims for change, locking them in id order; throws NotFoundError when one is gone. */
export async function lockClaims(db: Queryable, claimIds: string[]): Promise<Map<string, Claim>> {
  const rows = await db.select().from(claims).where(inArray(claims.id, claimIds)).orderBy(asc(claims.id)).for("update");
  const found = new Map(rows.map((row) => [row.id, row]));
  if (claimIds.some((id) => !found.has(id))) throw new NotFoundError("That claim");
  return found;
}

/**
 * Updates a claim only if it is still at the version the editor read; otherwise a ConflictError,
 * so a second concurrent save never silently overwrites the first.
 */
export async function updateClaimAtVersion(
  db: Queryable,
  claim: Claim,
  expectedVersion: number,
  change: Partial<Claim>,
  actorId: string | null,
): Promise<Claim> {
  if (claim.version !== expectedVersion) throw new ConflictError(STALE_CLAIM);
  const [updated] = await db
    .update(claims)
    .set({ ...change, version: claim.version + 1, updatedAt: new Date(), updatedBy: actorId })
    .where(and(eq(claims.id, claim.id), eq(claims.version, expectedVersion)))
    .returning();
  if (!updated) throw new ConflictError(STALE_CLAIM);
  return updated;
}

/** A claim's anchor as the anchoring functions take it. */
export function anchorOf(claim: Pick<Claim, "anchorStart" | "anchorEnd" | "quote" | "prefix" | "suffix">) {
  return { start: claim.anchorStart, end: claim.anchorEnd, quote: claim.quote, prefix: claim.prefix, suffix: claim.suffix };
}
