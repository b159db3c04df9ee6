import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { claims, type Claim } from "@/db/schema";
import { ConflictError, NotFoundError } from "../errors";

/** Reads a claim for change, locking its row for the rest of the transaction. */
export async function lockClaim(tx: Tx, claimId: string): Promise<Claim> {
  const [claim] = await tx.select().from(claims).where(eq(claims.id, claimId)).for("update");
  if (!claim) throw new NotFoundError("That claim");
  return claim;
}

/**
 * Updates a claim only if it is still at the version the editor read; otherwise a ConflictError,
 * so a second concurrent save never silently overwrites the first.
 */
export async function updateClaimAtVersion(
  tx: Tx,
  claim: Claim,
  expectedVersion: number,
  change: Partial<Claim>,
  actorId: string | null,
): Promise<Claim> {
  if (claim.version !== expectedVersion) {
    throw new ConflictError("Someone else changed this claim in the meantime. Reload to see their change, then try again.");
  }
  const [updated] = await tx
    .update(claims)
    .set({ ...change, version: claim.version + 1, updatedAt: new Date(), updatedBy: actorId })
    .where(and(eq(claims.id, claim.id), eq(claims.version, expectedVersion)))
    .returning();
  if (!updated) throw new ConflictError();
  return updated;
}
