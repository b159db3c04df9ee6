import { and, eq, isNull, ne } from "drizzle-orm";
import { z } from "zod";
import { sessions, users } from "@/db/schema";
import { endSignInChallenges } from "@/lib/auth/credentials";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { requireConfirmedIdentity } from "./confirmedIdentity";
import { hashNewPassword } from "./newPassword";
import { PASSWORD_FIELD_CHARACTERS } from "@/lib/domain/limits";
import { MAX_PASSWORD_LENGTH } from "@/lib/domain/passwordPolicy";
import { said } from "@/lib/core/zodWords";

const changePasswordSchema = z.strictObject({
  newPassword: z.string().max(PASSWORD_FIELD_CHARACTERS, said("useAtMostCharacters", { max: String(MAX_PASSWORD_LENGTH) })),
  confirm: z.string().max(PASSWORD_FIELD_CHARACTERS),
});

/**
 * Changes the signed-in staff member's own password, once they have confirmed it is them (signed in, or confirmed
 * with confirmIdentity, a few minutes ago). Ends every other session of the account (another device, a stolen
 * cookie) and keeps the one this request came with.
 */
export const changePassword = defineVerb({
  name: "changePassword",
  permission: "account:self",
  input: changePasswordSchema,
  audit: [{ action: "user.change_password", entityType: "user", records: "both" }],
}, async (ctx, data, actor): Promise<{ sessionsEnded: number }> => {
  await requireConfirmedIdentity(ctx.db, actor);
  if (!actor) return { sessionsEnded: 0 };
  const [user] = await ctx.db.select({ email: users.email }).from(users).where(eq(users.id, actor.id));
  const passwordHash = await hashNewPassword(data.newPassword, data.confirm, user!.email, "newPassword");
  return transaction(ctx, async (tx) => {
    const now = new Date();
    // Challenges first, as completing a sign-in deletes its challenge before it writes the user: one lock order.
    await endSignInChallenges(tx.db, actor.id);
    await tx.db.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, actor.id));
    const others = and(eq(sessions.userId, actor.id), isNull(sessions.revokedAt), actor.sessionId ? ne(sessions.id, actor.sessionId) : undefined);
    const ended = await tx.db.update(sessions).set({ revokedAt: now }).where(others).returning({ id: sessions.id });
    await recordAudit(tx, {
      action: "user.change_password",
      entityType: "user",
      entityId: actor.id,
      before: { keptSession: actor.sessionId ?? null },
      after: { sessionsEnded: ended.length },
    });
    return { sessionsEnded: ended.length };
  });
});
