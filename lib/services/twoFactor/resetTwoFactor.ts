import { eq } from "drizzle-orm";
import { z } from "zod";
import { twoFactorRecoveryCodes, users, userTwoFactor } from "@/db/schema";
import { NotFoundError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { said } from "@/lib/core/zodWords";
import { words } from "@/lib/core/serviceWords";

const resetSchema = z.strictObject({ userId: z.uuid(said("unknownUser")) });

/** An admin takes a member's authenticator and recovery codes away (a lost phone); they set it up again. */
export const resetTwoFactor = defineVerb({
  name: "resetTwoFactor",
  permission: "security:manage",
  input: resetSchema,
  audit: [{ action: "user.two_factor_reset", entityType: "user", records: "both" }],
}, async (ctx, data): Promise<void> => {
  await transaction(ctx, async (tx) => {
    const [user] = await tx.db.select({ id: users.id }).from(users).where(eq(users.id, data.userId));
    if (!user) throw new NotFoundError(words("staffMemberNotFound"));
    const [removed] = await tx.db.delete(userTwoFactor).where(eq(userTwoFactor.userId, user.id)).returning({ enabledAt: userTwoFactor.enabledAt });
    const codes = await tx.db.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, user.id)).returning({ id: twoFactorRecoveryCodes.id });
    await recordAudit(tx, {
      action: "user.two_factor_reset",
      entityType: "user",
      entityId: user.id,
      before: { twoFactor: Boolean(removed?.enabledAt), enabledAt: removed?.enabledAt?.toISOString() ?? null, recoveryCodes: codes.length },
      after: { twoFactor: false },
    });
  });
});
