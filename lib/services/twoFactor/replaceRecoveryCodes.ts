import { eq } from "drizzle-orm";
import { z } from "zod";
import { twoFactorRecoveryCodes } from "@/db/schema";
import { hashRecoveryCode, newRecoveryCodes } from "@/lib/auth/twoFactor";
import { UnauthenticatedError, ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { requireConfirmedIdentity } from "../users/confirmedIdentity";
import { defineVerb } from "../verb";
import type { RecoveryCodesDto } from "./twoFactorDto";
import { enrolmentOf } from "./twoFactorRows";
import { words } from "@/lib/core/serviceWords";

/**
 * Ten new recovery codes for one's own two-factor sign-in, shown once; the old ones stop working. Needs a recent
 * confirmation that it is the account's owner (confirmIdentity), like turning two-factor sign-in on or off.
 */
export const replaceRecoveryCodes = defineVerb({
  name: "replaceRecoveryCodes",
  permission: "account:self",
  input: z.void(),
  audit: [{ action: "user.recovery_codes_replace", entityType: "user", records: "both" }],
}, async (ctx, _input, actor): Promise<RecoveryCodesDto> => {
  if (!actor) throw new UnauthenticatedError();
  await requireConfirmedIdentity(ctx.db, actor);
  return transaction(ctx, async (tx) => {
    if (!(await enrolmentOf(tx.db, actor.id))?.enabledAt) throw new ValidationError(words("twoFactorIsOff"));
    const old = await tx.db.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, actor.id)).returning({ usedAt: twoFactorRecoveryCodes.usedAt });
    const recoveryCodes = newRecoveryCodes();
    await tx.db.insert(twoFactorRecoveryCodes).values(recoveryCodes.map((code) => ({ userId: actor.id, codeHash: hashRecoveryCode(code) })));
    await recordAudit(tx, {
      action: "user.recovery_codes_replace",
      entityType: "user",
      entityId: actor.id,
      before: { recoveryCodesLeft: old.filter((code) => code.usedAt === null).length },
      after: { recoveryCodes: recoveryCodes.length },
    });
    return { recoveryCodes };
  });
});
