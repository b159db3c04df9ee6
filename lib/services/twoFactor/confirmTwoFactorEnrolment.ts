import { eq } from "drizzle-orm";
import { z } from "zod";
import { twoFactorRecoveryCodes, userTwoFactor } from "@/db/schema";
import { acceptTotpStep } from "@/lib/auth/credentials";
import { decryptTotpSecret, hashRecoveryCode, matchingTotpStep, newRecoveryCodes } from "@/lib/auth/twoFactor";
import { UnauthenticatedError, ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { requireConfirmedIdentity } from "../users/confirmedIdentity";
import { defineVerb } from "../verb";
import type { RecoveryCodesDto } from "./twoFactorDto";
import { enrolmentOf } from "./twoFactorRows";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const confirmSchema = z.strictObject({ code: z.string().trim().min(1, said("enterSixDigitCode")).max(20) });

const WRONG_CODE = words("enrolmentCodeWrong");

/** Turns two-factor sign-in on with a first code from the new authenticator; returns 10 recovery codes, once. */
export const confirmTwoFactorEnrolment = defineVerb(
  {
    name: "confirmTwoFactorEnrolment",
    permission: "account:self",
    input: confirmSchema,
    audit: [{ action: "user.two_factor_enable", entityType: "user", records: "after" }],
  },
  async (ctx, data, actor): Promise<RecoveryCodesDto> => {
    if (!actor) throw new UnauthenticatedError();
    await requireConfirmedIdentity(ctx.db, actor);
    return transaction(ctx, async (tx) => {
      const pending = await enrolmentOf(tx.db, actor.id);
      if (!pending || pending.enabledAt) {
        throw new ValidationError(words("scanQrCodeFirst"));
      }
      const secret = decryptTotpSecret(pending.secretEncrypted);
      const step = secret ? matchingTotpStep(secret, data.code) : null;
      if (step === null || !(await acceptTotpStep(tx.db, actor.id, step))) throw new ValidationError(WRONG_CODE, { code: WRONG_CODE });
      const enabledAt = new Date();
      await tx.db.update(userTwoFactor).set({ enabledAt }).where(eq(userTwoFactor.userId, actor.id));
      const recoveryCodes = newRecoveryCodes();
      await tx.db.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, actor.id));
      await tx.db.insert(twoFactorRecoveryCodes).values(recoveryCodes.map((code) => ({ userId: actor.id, codeHash: hashRecoveryCode(code) })));
      await recordAudit(tx, {
        action: "user.two_factor_enable",
        entityType: "user",
        entityId: actor.id,
        after: { twoFactor: true, enabledAt: enabledAt.toISOString(), recoveryCodes: recoveryCodes.length },
      });
      return { recoveryCodes };
    });
  },
);
