import { asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { claims, users } from "@/db/schema";
import { ConflictError, ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { optionalDate, versionField } from "../fields";
import { batchOf } from "@/lib/domain/notificationSentence";
import { notify } from "../notifications/notify";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import type { BulkAssignmentDto } from "./claimQueueDto";
import { assertDueDateNotPast } from "./dueDates";
import { MAX_BULK_ASSIGN } from "@/lib/domain/limits";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const assignClaimsSchema = z.strictObject({
  claims: z
    .array(z.strictObject({ claimId: z.uuid(said("unknownClaim")), version: versionField }), said("chooseClaimsAssign"))
    .min(1, said("chooseAClaimToAssign"))
    .max(MAX_BULK_ASSIGN, said("assignAtMost", { max: MAX_BULK_ASSIGN }))
    .refine((list) => new Set(list.map((c) => c.claimId)).size === list.length, said("claimChosenTwice")),
  reviewerId: z.uuid(said("chooseReviewer")),
  dueOn: optionalDate,
  /** Keep each claim's own due date (handing a departing reviewer's work on) instead of setting `dueOn` on all. */
  keepDueDates: z.boolean().optional(),
});


/**
 * Gives many claims to one reviewer (an active staff member) with one due date (not in the past), all or nothing:
 * if any claim changed since the editor saw it, nothing is assigned. Locks the claims in id order; one audit entry
 * per claim, and one notification to the reviewer naming how many claims are newly theirs and when they are due. New claims start "in progress", as with
 * one assignment. With `keepDueDates`, each claim keeps its due date.
 */
export const assignClaims = defineVerb({
  name: "assignClaims",
  permission: "claim:assign",
  input: assignClaimsSchema,
  audit: [{ action: "claim.assign", entityType: "claim", records: "both", each: true }],
}, async (ctx, data, actor): Promise<BulkAssignmentDto> => {
  return transaction(ctx, async (tx) => {
    const [reviewer] = await tx.db.select({ id: users.id, displayName: users.displayName, active: users.active }).from(users).where(eq(users.id, data.reviewerId));
    if (!reviewer?.active) throw new ValidationError(words("reviewerInactive"), { reviewerId: words("chooseActiveReviewer") });
    if (data.keepDueDates && data.dueOn) throw new ValidationError(words("keepOrSetDueDate"), { dueOn: words("leaveDueDateEmpty") });
    if (data.dueOn) await assertDueDateNotPast(tx.db, data.dueOn);

    const ids = data.claims.map((c) => c.claimId);
    const locked = await tx.db
      .select({ id: claims.id, version: claims.version, reviewerId: claims.reviewerId, dueOn: claims.dueOn })
      .from(claims)
      .where(inArray(claims.id, ids))
      .orderBy(asc(claims.id))
      .for("update");
    const seen = new Map(locked.map((row) => [row.id, row.version]));
    const changed = data.claims.filter((c) => seen.get(c.claimId) !== c.version).length;
    if (changed) throw new ConflictError(
        // "3 of the 5 claims you chose were…" / "The claim you chose was…": how many of the selection changed.
        words("chosenClaimsChanged", { changed, chosen: data.claims.length, allChanged: changed === data.claims.length ? "yes" : "no" }),
      );

    // Every row is locked at the version the editor saw, so one statement updates them all.
    const updated = await tx.db
      .update(claims)
      .set({
        reviewerId: reviewer.id,
        dueOn: data.keepDueDates ? sql`${claims.dueOn}` : data.dueOn,
        status: sql`case when ${claims.status} = 'new' then 'in_progress'::claim_status else ${claims.status} end`,
        version: sql`${claims.version} + 1`,
        updatedAt: new Date(),
        updatedBy: actor?.id ?? null,
      })
      .where(inArray(claims.id, ids))
      .returning({ id: claims.id, version: claims.version });
    const versions = new Map(updated.map((row) => [row.id, row.version]));

    await recordAudit(
      tx,
      locked.map((before) => ({
        action: "claim.assign",
        entityType: "claim",
        entityId: before.id,
        before: { reviewerId: before.reviewerId, dueOn: before.dueOn },
        after: { reviewerId: reviewer.id, dueOn: data.keepDueDates ? before.dueOn : data.dueOn },
      })),
    );
    // The reviewer hears once of the claims newly theirs: one claim as with one assignment, several in one
    // notification with their count and due dates (five at once must not be five notifications). The article is not
    // named: its reference would lock the article row after the claims' (see notify.ts).
    const newlyTheirs = locked.filter((before) => before.reviewerId !== reviewer.id);
    if (newlyTheirs.length === 1) {
      await notify(tx, [{ userId: reviewer.id, kind: "assigned", claimId: newlyTheirs[0]!.id }]);
    } else if (newlyTheirs.length > 1) {
      const dueDates = newlyTheirs.map((before) => (data.keepDueDates ? before.dueOn : (data.dueOn ?? null)));
      await notify(tx, [{ userId: reviewer.id, kind: "assigned", details: batchOf(dueDates) }]);
    }
    return {
      count: locked.length,
      reviewer: { id: reviewer.id, displayName: reviewer.displayName },
      dueOn: data.dueOn,
      claims: locked.map((row) => ({ id: row.id, version: versions.get(row.id)! })),
    };
  });
});
