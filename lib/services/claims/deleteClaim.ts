import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { claims } from "@/db/schema";
import { ConflictError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { claimRef } from "../fields";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { lockClaim, STALE_CLAIM } from "./claimRows";
import { toClaimDto } from "./toClaimDto";

const deleteSchema = z.strictObject(claimRef);

/** Deletes a claim with its sources and notes (the audit log keeps what it was). */
export const deleteClaim = defineVerb(
  {
    name: "deleteClaim",
    permission: "claim:delete",
    input: deleteSchema,
    audit: [{ action: "claim.delete", entityType: "claim", records: "before" }],
  },
  async (ctx, data): Promise<{ id: string; articleId: string }> => {
    return transaction(ctx, async (tx) => {
      const claim = await lockClaim(tx.db, data.claimId);
      if (claim.version !== data.version) throw new ConflictError(STALE_CLAIM);
      await tx.db.delete(claims).where(and(eq(claims.id, claim.id), eq(claims.version, data.version)));
      await recordAudit(tx, { action: "claim.delete", entityType: "claim", entityId: claim.id, before: toClaimDto(claim) });
      return { id: claim.id, articleId: claim.articleId };
    });
  },
);
