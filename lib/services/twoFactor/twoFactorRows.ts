import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { securitySettings, twoFactorRecoveryCodes, userTwoFactor } from "@/db/schema";
import { acceptTotpStep } from "@/lib/auth/credentials";
import { decryptTotpSecret, hashRecoveryCode, matchingTotpStep } from "@/lib/auth/twoFactor";

/** Whether the newsroom requires two-factor sign-in (no settings row yet: no). */
export async function twoFactorRequired(db: Queryable): Promise<boolean> {
  const [row] = await db.select({ required: securitySettings.requireTwoFactor }).from(securitySettings).where(eq(securitySettings.id, 1));
  return row?.required ?? false;
}

/** A user's enrolment row (pending or on), or undefined. */
export async function enrolmentOf(db: Queryable, userId: string) {
  const [row] = await db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, userId));
  return row;
}

/**
 * Whether `code` proves the user holds the authenticator: a current code (used up: never accepted again) or an
 * unused recovery code (spent).
 */
export async function proveSecondFactor(db: Queryable, userId: string, secretEncrypted: string, code: string): Promise<boolean> {
  const secret = decryptTotpSecret(secretEncrypted);
  const step = secret ? matchingTotpStep(secret, code) : null;
  if (step !== null) return acceptTotpStep(db, userId, step);
  const [spent] = await db
    .update(twoFactorRecoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(twoFactorRecoveryCodes.userId, userId), eq(twoFactorRecoveryCodes.codeHash, hashRecoveryCode(code)), isNull(twoFactorRecoveryCodes.usedAt)))
    .returning({ id: twoFactorRecoveryCodes.id });
  return Boolean(spent);
}
