import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { sessions } from "@/db/schema";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";

/** Signs out: revokes the session this request came with, so a copy of its cookie stops working too. */
export const endSession = defineVerb({
  name: "endSession",
  permission: "account:self",
  input: z.void(),
  audit: [{ action: "user.sign_out", entityType: "session", records: "both" }],
}, async (ctx, _input, actor): Promise<void> => {
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
