import { and, eq, isNull } from "drizzle-orm";
import { sessions } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";

/** Signs out: revokes the session this request came with, so a copy of its cookie stops working too. */
export const endSession = defineVerb("endSession", async (ctx, _input: void): Promise<void> => {
  const actor = await authorize(ctx, "account:self");
  const sessionId = actor?.sessionId;
  if (!actor || !sessionId) return;
  await transaction(ctx, async (tx) => {
    const [ended] = await tx.db
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, actor.id), isNull(sessions.revokedAt)))
      .returning({ revokedAt: sessions.revokedAt });
    if (!ended) return;
    await recordAudit(tx, {
      action: "user.sign_out",
      entityType: "session",
      entityId: sessionId,
      before: { userId: actor.id, revokedAt: null },
      after: { userId: actor.id, revokedAt: ended.revokedAt },
    });
  });
});
