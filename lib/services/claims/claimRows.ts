import { and, asc, eq, inArray, max, sql } from "drizzle-orm";
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

// Any fixed number; with the article's hash it names one lock per article.
const CLAIM_NUMBER_LOCK = 727_274_010;

/**
 * The next claim number of an article (several new claims take it and the numbers after it). Numbers go by creation
 * and are never reused, so a claim keeps its number whatever is added before it. Takes a lock held to the end of
 * the transaction, so two editors adding claims at once get different numbers, not a conflict.
 */
export async function allocateClaimNumbers(db: Queryable, articleId: string): Promise<number> {
  await db.execute(sql`select pg_advisory_xact_lock(${CLAIM_NUMBER_LOCK}, hashtext(${articleId}))`);
  const [row] = await db.select({ last: max(claims.number) }).from(claims).where(eq(claims.articleId, articleId));
  return (row?.last ?? 0) + 1;
}

/** A claim's anchor as the anchoring functions take it. */
export function anchorOf(claim: Pick<Claim, "anchorStart" | "anchorEnd" | "quote" | "prefix" | "suffix">) {
  return { start: claim.anchorStart, end: claim.anchorEnd, quote: claim.quote, prefix: claim.prefix, suffix: claim.suffix };
}
