import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { sessions, users } from "@/db/schema";
import { DEMO_ACCOUNTS } from "@/lib/domain/demoAccounts";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { toUserDto } from "../users/toUserDto";

// A code the audit log has words for in every language (admin.auditWords.values.reason), never an English sentence.
const REASON = "demo_account";

/**
 * Outside demo mode, the demo accounts (whose password is published) are switched off: deactivated, their sessions
 * ended and their password forgotten, so an admin who reactivates one must send it a set-password link. Returns
 * the emails switched off, in the demo's order. System context only (the server's start-up); one audit entry each.
 * The last-admin rule does not hold here: a newsroom whose only admin is the demo's creates its own with
 * `npm run user:create`.
 */
export const switchOffDemoAccounts = defineVerb({
  name: "switchOffDemoAccounts",
  // The server's start-up outside demo mode: the demo accounts (published password) may not stay usable.
  permission: "system:maintain",
  input: z.void(),
  audit: [{ action: "user.deactivate", entityType: "user", records: "both", each: true }],
}, async (ctx): Promise<string[]> => {
  const emails = DEMO_ACCOUNTS.map((account) => account.email);
  return transaction(ctx, async (tx) => {
    const found = await tx.db
      .select()
      .from(users)
      .where(and(inArray(sql`lower(${users.email})`, emails), eq(users.active, true)))
      .for("update");
    const switchedOff = emails.flatMap((email) => found.filter((user) => user.email.toLowerCase() === email));
    for (const before of switchedOff) {
      const [after] = await tx.db
        .update(users)
        .set({ active: false, passwordHash: null, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
        .where(eq(users.id, before.id))
        .returning();
      await tx.db.update(sessions).set({ revokedAt: new Date() }).where(and(eq(sessions.userId, before.id), isNull(sessions.revokedAt)));
      await recordAudit(tx, {
        action: "user.deactivate",
        entityType: "user",
        entityId: before.id,
        before: toUserDto(before),
        after: { ...toUserDto(after!), reason: REASON },
      });
    }
    return switchedOff.map((user) => user.email);
  });
});
