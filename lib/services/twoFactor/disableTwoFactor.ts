import { eq } from "drizzle-orm";
import { z } from "zod";
import { twoFactorRecoveryCodes, userTwoFactor } from "@/db/schema";
import { UnauthenticatedError, ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { requireConfirmedIdentity } from "../users/confirmedIdentity";
import { defineVerb } from "../verb";
import { enrolmentOf } from "./twoFactorRows";
import { words } from "@/lib/core/serviceWords";

/**
 * Turns one's own two-factor sign-in off, once the person has confirmed it is them with their password and a code
 * (confirmIdentity) a few minutes ago: a stolen session alone cannot take the second factor away.
 */
export const disableTwoFactor = defineVerb({
  name: "disableTwoFactor",
  permission: "account:self",
  input: z.void(),
  audit: [{ action: "user.two_factor_disable", entityType: "user", records: "both" }],
}, async (ctx, _input, actor): Promise<void> => {
  if (!actor) throw new UnauthenticatedError();
  await requireConfirmedIdentity(ctx.db, actor);
  await transaction(ctx, async (tx) => {
    const enrolment = await enrolmentOf(tx.db, actor.id);
    if (!enrolment?.enabledAt) throw new ValidationError(words("twoFactorIsOff"));
    await tx.db.delete(userTwoFactor).where(eq(userTwoFactor.userId, actor.id));
    await tx.db.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, actor.id));
    await recordAudit(tx, {
      action: "user.two_factor_disable",
      entityType: "user",
      entityId: actor.id,
      before: { twoFactor: true, enabledAt: enrolment.enabledAt.toISOString() },
      after: { twoFactor: false },
    });
  });
});
