import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { passwordLinks, users } from "@/db/schema";
import { ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { hashNewPassword } from "./newPassword";
import { findLink, linkState, plausibleToken } from "./passwordLinks";
import { PASSWORD_FIELD_CHARACTERS } from "@/lib/domain/limits";
import { MAX_PASSWORD_LENGTH } from "@/lib/domain/passwordPolicy";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const setPasswordSchema = z.strictObject({
  token: z.string().max(200),
  password: z.string(said("choosePassword")).max(PASSWORD_FIELD_CHARACTERS, said("useAtMostCharacters", { max: String(MAX_PASSWORD_LENGTH) })),
  confirm: z.string().max(PASSWORD_FIELD_CHARACTERS),
});

/** Why a link no longer works, in words for the person holding it. */
export const LINK_REFUSALS = {
  used: words("linkUsed"),
  replaced: words("linkReplaced"),
  expired: words("linkExpired"),
  unknown: words("linkUnknown"),
} as const;

/**
 * Public, authorized by the link's token: sets the password of the account the link was issued for, uses up the
 * link (and any other of that account's), and ends every session the account had. Written to the audit log as the
 * account's own action.
 */
export const setPasswordWithLink = defineVerb(
  {
    name: "setPasswordWithLink",
    // A set-password link: its token is the authorization (only its holder can name it).
    permission: "public",
    input: setPasswordSchema,
    audit: [{ action: "user.set_password", entityType: "user", records: "both", by: "entity" }],
  },
  async (ctx, data): Promise<{ email: string }> => {
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
