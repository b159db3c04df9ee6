import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { passwordLinks, users } from "@/db/schema";
import { ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import { hashNewPassword } from "./newPassword";
import { findLink, linkState, plausibleToken } from "./passwordLinks";
import { PASSWORD_FIELD_CHARACTERS } from "@/lib/domain/limits";
import { MAX_PASSWORD_LENGTH } from "@/lib/domain/passwordPolicy";

const setPasswordSchema = z.strictObject({
  token: z.string().max(200),
  password: z.string("Choose a password.").max(PASSWORD_FIELD_CHARACTERS, `Use at most ${MAX_PASSWORD_LENGTH} characters.`),
  confirm: z.string().max(PASSWORD_FIELD_CHARACTERS),
});

/** Why a link no longer works, in words for the person holding it. */
export const LINK_REFUSALS = {
  used: "This link has already been used. Sign in with the password you chose, or ask an admin for a new link.",
  replaced: "A newer link was issued for this account, so this one no longer works. Use the newest link you were sent.",
  expired: "This link has expired (links work for 24 hours). Ask an admin for a new one.",
  unknown: "This link is not valid. Check that you copied all of it, or ask an admin for a new one.",
} as const;

/**
 * Public, authorized by the link's token: sets the password of the account the link was issued for, uses up the
 * link (and any other of that account's), and ends every session the account had. Written to the audit log as the
 * account's own action.
 */
export const setPasswordWithLink = defineVerb(
  "setPasswordWithLink",
  async (ctx, input: z.input<typeof setPasswordSchema>): Promise<{ email: string }> => {
    const data = parseInput(setPasswordSchema, input);
    const link = plausibleToken(data.token) ? await findLink(ctx.db, data.token) : undefined;
    const [user] = link ? await ctx.db.select().from(users).where(eq(users.id, link.userId)) : [];
    const state = linkState(link, user);
    if (state !== "valid") throw new ValidationError(LINK_REFUSALS[state]);
    const passwordHash = await hashNewPassword(data.password, data.confirm, user!.email);
    return transaction(ctx, async (tx) => {
      const now = new Date();
      // Claims the link atomically: of two uses at once, only one finds it unused.
      const [used] = await tx.db
        .update(passwordLinks)
        .set({ usedAt: now })
        .where(and(eq(passwordLinks.id, link!.id), isNull(passwordLinks.usedAt), isNull(passwordLinks.replacedAt), gt(passwordLinks.expiresAt, now)))
        .returning({ id: passwordLinks.id });
      if (!used) throw new ValidationError(LINK_REFUSALS.used);
      await tx.db
        .update(passwordLinks)
        .set({ replacedAt: now })
        .where(and(eq(passwordLinks.userId, user!.id), ne(passwordLinks.id, link!.id), isNull(passwordLinks.usedAt), isNull(passwordLinks.replacedAt)));
      const [after] = await tx.db
        .update(users)
        .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
        .where(and(eq(users.id, user!.id), eq(users.active, true)))
        .returning({ sessionVersion: users.sessionVersion });
      if (!after) throw new ValidationError(LINK_REFUSALS.unknown);
      const self = { id: user!.id, role: user!.role, displayName: user!.displayName, email: user!.email };
      await recordAudit({ ...tx, actor: self }, {
        action: "user.set_password",
        entityType: "user",
        entityId: user!.id,
        before: { sessionVersion: after.sessionVersion - 1, hadPassword: user!.passwordHash !== null },
        after: { sessionVersion: after.sessionVersion, link: link!.id },
      });
      return { email: user!.email };
    });
  },
);
