import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { sessions, users } from "@/db/schema";
import { endSignInChallenges } from "@/lib/auth/credentials";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";

/** Ends every session of the signed-in user, on every device. */
export const signOutEverywhere = defineVerb({
  name: "signOutEverywhere",
  permission: "account:self",
  input: z.void(),
  audit: [{ action: "user.sign_out_everywhere", entityType: "user", records: "both" }],
}, async (ctx, _input, actor): Promise<void> => {
  if (!actor) return;
  await transaction(ctx, async (tx) => {
    // Challenges first, as completing a sign-in deletes its challenge before it writes the user: one lock order.
    await endSignInChallenges(tx.db, actor.id);
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
