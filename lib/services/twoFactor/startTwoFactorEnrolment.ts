import QRCode from "qrcode";
import { z } from "zod";
import { userTwoFactor } from "@/db/schema";
import { encryptTotpSecret, newTotpSecret, totpUri } from "@/lib/auth/twoFactor";
import { ConflictError, UnauthenticatedError } from "@/lib/core/errors";
import { transaction } from "../transaction";
import { requireConfirmedIdentity } from "../users/confirmedIdentity";
import { defineVerb } from "../verb";
import type { TwoFactorEnrolmentDto } from "./twoFactorDto";
import { enrolmentOf } from "./twoFactorRows";
import { words } from "@/lib/core/serviceWords";

/**
 * Starts setting up two-factor sign-in: a new secret, kept (encrypted) as pending until a code from it confirms
 * it. The secret is returned this once, as a QR code and as text. Not audited: nothing changes until confirmation.
 */
export const startTwoFactorEnrolment = defineVerb({
  name: "startTwoFactorEnrolment",
  permission: "account:self",
  input: z.void(),
  // Nothing changes until a code confirms it (the pending secret signs no one in): not audited.
  audit: [],
}, async (ctx, _input, actor): Promise<TwoFactorEnrolmentDto> => {
  if (!actor) throw new UnauthenticatedError();
  await requireConfirmedIdentity(ctx.db, actor);
  const secret = newTotpSecret();
  await transaction(ctx, async (tx) => {
    if ((await enrolmentOf(tx.db, actor.id))?.enabledAt) {
      throw new ConflictError(words("twoFactorIsOn"));
    }
    const values = { userId: actor.id, secretEncrypted: encryptTotpSecret(secret), enabledAt: null, lastStep: 0 };
    await tx.db.insert(userTwoFactor).values(values).onConflictDoUpdate({ target: userTwoFactor.userId, set: values });
  });
  const otpauthUri = totpUri(secret, actor.email);
  return { secret, otpauthUri, qrCodeDataUrl: await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: "M", margin: 2, width: 220 }) };
});
