import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { users, userTwoFactor } from "@/db/schema";
import { checkSecondFactor } from "./credentials";
import { PasswordHashingBusyError, verifyPassword } from "./password";
import { recordSignInAudit, type SecondFactorMethod, type SignInFailure } from "./signInAudit";
import { accountKey, addressKey, codeKey, releaseAfterSuccess, reserveAttempt, type ThrottleKey } from "./signInThrottle";

/** What confirmed it: the password, and the second factor when the account has one. */
export type IdentityMethod = "password" | `password+${SecondFactorMethod}`;

export type IdentityCheck =
  | { ok: true; method: IdentityMethod }
  | { ok: false; reason: "password" | "code" | "rate_limited" | "busy"; retryAfterMs?: number };

/**
 * Checks that a signed-in person is who the session says: their password, and a code from their authenticator (or
 * an unused recovery code) when they have two-factor sign-in. The same throttle as signing in (per address, per
 * account, and per account for codes), so a stolen session is no faster a way to guess a secret than the sign-in
 * form; every failure is in the audit log (never the typed secret).
 */
export async function checkIdentity(
  db: Queryable,
  who: { userId: string; address?: string | null },
  secrets: { password: string; code: string },
): Promise<IdentityCheck> {
  const [user] = await db
    .select({ email: users.email, passwordHash: users.passwordHash, secretEncrypted: userTwoFactor.secretEncrypted, enabledAt: userTwoFactor.enabledAt })
    .from(users)
    .leftJoin(userTwoFactor, eq(userTwoFactor.userId, users.id))
    .where(eq(users.id, who.userId));
  const details = { address: who.address?.slice(0, 100) ?? null };
  const keys: ThrottleKey[] = [];
  if (who.address) keys.push(addressKey(who.address));
  keys.push(accountKey(user?.email ?? who.userId));
  const failed = async (reason: SignInFailure) => recordSignInAudit(db, "auth.confirm_identity_failed", who.userId, { reason, ...details });

  const reservation = await reserveAttempt(db, keys);
  if (!reservation.ok) {
    await failed("throttled");
    return { ok: false, reason: "rate_limited", retryAfterMs: reservation.retryAfterMs };
  }
  let passwordOk: boolean;
  try {
    passwordOk = await verifyPassword(secrets.password, user?.passwordHash ?? null, { address: who.address, knownDevice: true });
  } catch (error) {
    if (!(error instanceof PasswordHashingBusyError)) throw error;
    await releaseAfterSuccess(db, { clear: [], giveBack: keys });
    return { ok: false, reason: "busy" };
  }
  if (!user || !passwordOk) {
    await failed("wrong_password");
    return { ok: false, reason: "password" };
  }

  let method: IdentityMethod = "password";
  const clear = [accountKey(user.email)];
  if (user.enabledAt && user.secretEncrypted) {
    const codes = await reserveAttempt(db, [codeKey(who.userId)]);
    if (!codes.ok) {
      await failed("throttled");
      return { ok: false, reason: "rate_limited", retryAfterMs: codes.retryAfterMs };
    }
    const second = await checkSecondFactor(db, who.userId, user.secretEncrypted, secrets.code.trim());
    if (!second.ok) {
      await failed(second.reason);
      return { ok: false, reason: "code" };
    }
    method = `password+${second.method}`;
    clear.push(codeKey(who.userId));
  }
  await releaseAfterSuccess(db, { clear, giveBack: who.address ? [addressKey(who.address)] : [] });
  return { ok: true, method };
}
