import { and, eq, isNull, sql } from "drizzle-orm";
import { sessions, users } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";

/** Ends every session of the signed-in user, on every device. */
export const signOutEverywhere = defineVerb("signOutEverywhere", async (ctx, _input: void): Promise<void> => {
  const actor = await authorize(ctx, "account:self");
  if (!actor) return;
  await transaction(ctx, async (tx) => {
    const [user] = await tx.db
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, actor.id))
      .returning({ sessionVersion: users.sessionVersion });
    const ended = await tx.db
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(sessions.userId, actor.id), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    await recordAudit(tx, {
      action: "user.sign_out_everywhere",
      entityType: "user",
      entityId: actor.id,
      before: { sessionVersion: user!.sessionVersion - 1 },
      after: { sessionVersion: user!.sessionVersion, sessionsEnded: ended.length },
    });
  });
});
