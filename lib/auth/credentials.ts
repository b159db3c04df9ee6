import { randomUUID } from "node:crypto";
import { and, eq, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Queryable } from "@/db/client";
import { sessions, signInChallenges, twoFactorRecoveryCodes, users, userTwoFactor } from "@/db/schema";
import { config } from "@/lib/config";
import type { Actor } from "@/lib/core/context";
import { toServiceError } from "@/lib/core/databaseErrors";
import { DEMO_PASSWORD, isDemoAccount } from "@/lib/domain/demoAccounts";
import { MAX_PASSWORD_LENGTH, normalisePassword } from "@/lib/domain/passwordPolicy";
import { PasswordHashingBusyError, verifyPassword } from "./password";
import { recordSignInAudit, type SecondFactorFailure, type SecondFactorMethod, type SignInAuditDetails } from "./signInAudit";
import { accountKey, addressKey, codeKey, deviceKey, forgetOldThrottles, releaseAfterSuccess, reserveAttempt, type ThrottleKey } from "./signInThrottle";
import {
  decryptTotpSecret,
  hashRecoveryCode,
  hashToken,
  knownDeviceId,
  looksLikeRecoveryCode,
  matchingTotpStep,
  newToken,
  signDeviceCookie,
} from "./twoFactor";
import { MAX_EMAIL_CHARACTERS } from "@/lib/domain/limits";

export const SESSION_HOURS = 12;
/** How long the step between a right password and the code may take. */
export const CHALLENGE_MINUTES = 5;
/** Wrong codes one challenge may take before the password must be entered again. */
export const MAX_CODE_ATTEMPTS = 5;

const passwordSchema = z.object({
  email: z.string().trim().toLowerCase().max(MAX_EMAIL_CHARACTERS),
  password: z.string().max(MAX_PASSWORD_LENGTH),
});

const completionSchema = z.object({
  challenge: z.string().max(200),
  code: z.string().max(100).optional().default(""),
});

/** Who signs in from where: kept with the session (recent sign-ins), used for throttling, and the device cookie. */
export type SignInClient = { userAgent?: string | null; ipAddress?: string | null; deviceCookie?: string | null };

export type SessionUser = Actor & { sessionVersion: number; sessionId: string };

export type RefusalReason = "invalid" | "rate_limited" | "busy";
export type PasswordStepResult =
  | { ok: true; challenge: string; needsCode: boolean }
  | { ok: false; reason: RefusalReason; retryAfterMs?: number };
export type CredentialsResult =
  | { ok: true; user: SessionUser; deviceCookie: string }
  | { ok: false; reason: RefusalReason | "code" | "expired"; retryAfterMs?: number };

/**
 * Step one of signing in: checks an email and password. Every attempt first reserves itself on the throttle of the
 * client's address and of the account (or, from a device this account signed in on before, of that device), so
 * repeated failures make the next attempt wait, growing; then the password is checked (in the same time whether or
 * not the email exists, under the process's cap on hashing). A right password gives a short-lived challenge
 * for step two; `needsCode` says whether it needs a code from the authenticator. Throws DatabaseUnavailableError.
 */
export async function checkPassword(input: unknown, client: SignInClient = {}): Promise<PasswordStepResult> {
  try {
    return await passwordStep(input, client);
  } catch (error) {
    throw toServiceError(error);
  }
}

/**
 * Step two: turns a challenge (and, for an account with two-factor sign-in, a code from the authenticator or an
 * unused recovery code) into a session. A challenge is used once and only within CHALLENGE_MINUTES.
 */
export async function completeSignIn(input: unknown, client: SignInClient = {}): Promise<CredentialsResult> {
  try {
    return await completionStep(input, client);
  } catch (error) {
    throw toServiceError(error);
  }
}

/** Both steps at once, for an account without two-factor sign-in (scripts and tests); with it, answers "code". */
export async function verifyCredentials(input: unknown, client: SignInClient = {}): Promise<CredentialsResult> {
  const first = await checkPassword(input, client);
  if (!first.ok) return first;
  if (first.needsCode) return { ok: false, reason: "code" };
  return completeSignIn({ challenge: first.challenge }, client);
}

function clientDetails(client: SignInClient) {
  return { address: client.ipAddress?.slice(0, 100) ?? null, userAgent: (client.userAgent ?? "").slice(0, 500) };
}

async function passwordStep(input: unknown, client: SignInClient): Promise<PasswordStepResult> {
  const parsed = passwordSchema.safeParse(input);
  if (!parsed.success || !parsed.data.email || !parsed.data.password) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const db = await getDb();
  // Now and then (not on every attempt), forget throttles and challenges nobody can use any more.
  if (Math.random() < 0.01) await forgetStale(db);

  const [user] = await db
    .select({ id: users.id, active: users.active, passwordHash: users.passwordHash })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  const knownDevice = user ? knownDeviceId(client.deviceCookie, user.id) : null;
  const keys: ThrottleKey[] = [];
  if (client.ipAddress) keys.push(addressKey(client.ipAddress));
  keys.push(knownDevice ? deviceKey(knownDevice) : accountKey(email));
  const details = clientDetails(client);

  const reservation = await reserveAttempt(db, keys);
  if (!reservation.ok) {
    await recordSignInAudit(db, "auth.sign_in_failed", user?.id ?? null, { reason: "throttled", ...details });
    return { ok: false, reason: "rate_limited", retryAfterMs: reservation.retryAfterMs };
  }

  // Outside demo mode the demo accounts, and the demo's published password on any account, never sign in, whatever
  // the database holds (start-up switches the accounts off too; this holds on every instance, whatever it was told).
  if (!config().demo && (isDemoAccount(email) || normalisePassword(password) === DEMO_PASSWORD)) {
    await recordSignInAudit(db, "auth.sign_in_failed", user?.id ?? null, { reason: "demo_account", ...details });
    return { ok: false, reason: "invalid" };
  }

  let passwordOk: boolean;
  try {
    passwordOk = await verifyPassword(password, user?.passwordHash ?? null, { address: client.ipAddress, knownDevice: knownDevice !== null });
  } catch (error) {
    if (!(error instanceof PasswordHashingBusyError)) throw error;
    // Not a guess: the attempt it reserved is given back.
    await releaseAfterSuccess(db, { clear: [], giveBack: keys });
    return { ok: false, reason: "busy" };
  }
  if (!user || !passwordOk || !user.active) {
    const reason = !user ? "unknown_account" : !passwordOk ? "wrong_password" : "inactive";
    await recordSignInAudit(db, "auth.sign_in_failed", user?.id ?? null, { reason, ...details });
    return { ok: false, reason: "invalid" };
  }

  const [enrolment] = await db
    .select({ enabledAt: userTwoFactor.enabledAt })
    .from(userTwoFactor)
    .where(eq(userTwoFactor.userId, user.id));
  const challenge = newToken();
  await db.insert(signInChallenges).values({
    tokenHash: hashToken(challenge),
    userId: user.id,
    deviceId: knownDevice ?? randomUUID(),
    expiresAt: new Date(Date.now() + CHALLENGE_MINUTES * 60_000),
  });
  return { ok: true, challenge, needsCode: Boolean(enrolment?.enabledAt) };
}

async function completionStep(input: unknown, client: SignInClient): Promise<CredentialsResult> {
  const parsed = completionSchema.safeParse(input);
  if (!parsed.success || !parsed.data.challenge) return { ok: false, reason: "expired" };
  const { challenge, code } = parsed.data;
  const db = await getDb();
  const details = clientDetails(client);

  // Each try at a code uses up one of the challenge's attempts, atomically, before the code is looked at.
  const [held] = await db
    .update(signInChallenges)
    .set({ attempts: sql`${signInChallenges.attempts} + 1` })
    .where(
      and(
        eq(signInChallenges.tokenHash, hashToken(challenge)),
        gte(signInChallenges.expiresAt, new Date()),
        lt(signInChallenges.attempts, MAX_CODE_ATTEMPTS),
      ),
    )
    .returning({ userId: signInChallenges.userId, deviceId: signInChallenges.deviceId, attempts: signInChallenges.attempts });
  if (!held) return { ok: false, reason: "expired" };

  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      active: users.active,
      sessionVersion: users.sessionVersion,
      secretEncrypted: userTwoFactor.secretEncrypted,
      enabledAt: userTwoFactor.enabledAt,
    })
    .from(users)
    .leftJoin(userTwoFactor, eq(userTwoFactor.userId, users.id))
    .where(eq(users.id, held.userId));
  if (!user?.active) return { ok: false, reason: "invalid" };

  let method: SignInAuditDetails["method"] = "password";
  if (user.enabledAt && user.secretEncrypted) {
    // Codes are throttled per account wherever they are typed, whichever challenge or address they come with.
    const reservation = await reserveAttempt(db, [codeKey(user.id)]);
    if (!reservation.ok) {
      await recordSignInAudit(db, "auth.two_factor_failed", user.id, { reason: "throttled", ...details });
      return { ok: false, reason: "rate_limited", retryAfterMs: reservation.retryAfterMs };
    }
    const second = await checkSecondFactor(db, user.id, user.secretEncrypted, code);
    if (!second.ok) {
      await recordSignInAudit(db, "auth.two_factor_failed", user.id, { reason: second.reason, ...details });
      return { ok: false, reason: held.attempts >= MAX_CODE_ATTEMPTS ? "expired" : "code" };
    }
    method = second.method;
  }

  const sessionId = await db.transaction(async (tx) => {
    // Used once: a second request with the same challenge finds nothing to delete and opens no session.
    const [used] = await tx.delete(signInChallenges).where(eq(signInChallenges.tokenHash, hashToken(challenge))).returning({ userId: signInChallenges.userId });
    if (!used) return null;
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(lt(sessions.expiresAt, new Date(Date.now() - 30 * 86_400_000)));
    const [session] = await tx
      .insert(sessions)
      .values({ userId: user.id, expiresAt: new Date(Date.now() + SESSION_HOURS * 3_600_000), userAgent: details.userAgent, ipAddress: details.address })
      .returning({ id: sessions.id });
    await releaseAfterSuccess(tx, {
      clear: [accountKey(user.email), deviceKey(held.deviceId), codeKey(user.id)],
      giveBack: client.ipAddress ? [addressKey(client.ipAddress)] : [],
    });
    await recordSignInAudit(tx, "auth.sign_in", user.id, { sessionId: session!.id, method, ...details });
    return session!.id;
  });
  if (!sessionId) return { ok: false, reason: "expired" };

  return {
    ok: true,
    deviceCookie: signDeviceCookie(user.id, held.deviceId),
    user: { id: user.id, email: user.email, displayName: user.displayName, role: user.role, sessionVersion: user.sessionVersion, sessionId },
  };
}

type SecondFactor = { ok: true; method: SecondFactorMethod } | { ok: false; reason: SecondFactorFailure };

/**
 * A code from the authenticator (its time step must be later than the last one accepted: compare-and-set in the
 * database, so a code is never accepted twice, even by two requests at once) or an unused recovery code.
 */
export async function checkSecondFactor(db: Queryable, userId: string, secretEncrypted: string, code: string): Promise<SecondFactor> {
  if (looksLikeRecoveryCode(code)) {
    const [spent] = await db
      .update(twoFactorRecoveryCodes)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(twoFactorRecoveryCodes.userId, userId),
          eq(twoFactorRecoveryCodes.codeHash, hashRecoveryCode(code)),
          isNull(twoFactorRecoveryCodes.usedAt),
        ),
      )
      .returning({ id: twoFactorRecoveryCodes.id });
    return spent ? { ok: true, method: "recovery_code" } : { ok: false, reason: "wrong_recovery_code" };
  }
  const secret = decryptTotpSecret(secretEncrypted);
  const step = secret ? matchingTotpStep(secret, code) : null;
  if (step === null) return { ok: false, reason: "wrong_code" };
  return (await acceptTotpStep(db, userId, step)) ? { ok: true, method: "totp" } : { ok: false, reason: "replayed_code" };
}

/** Records `step` as the last accepted one, when it is later than it; false means the code was already used. */
export async function acceptTotpStep(db: Queryable, userId: string, step: number): Promise<boolean> {
  const [accepted] = await db
    .update(userTwoFactor)
    .set({ lastStep: step })
    .where(and(eq(userTwoFactor.userId, userId), lt(userTwoFactor.lastStep, step)))
    .returning({ userId: userTwoFactor.userId });
  return Boolean(accepted);
}

/**
 * Ends the user's sign-ins waiting for their second step. A challenge proves the password was right when it was made:
 * once the password is reset or changed, the account switched off or signed out everywhere, that proof must not still
 * open a session (inside the verb's transaction).
 */
export async function endSignInChallenges(db: Queryable, userId: string): Promise<void> {
  await db.delete(signInChallenges).where(eq(signInChallenges.userId, userId));
}

async function forgetStale(db: Queryable): Promise<void> {
  await forgetOldThrottles(db);
  await db.delete(signInChallenges).where(lt(signInChallenges.expiresAt, new Date()));
}

/** A session as its token names it (`uid`, `sv`, `sid`). */
export type SessionRef = { id: string; sessionVersion: number; sessionId: string };

export type LoadedSessionUser = SessionUser & { mustEnrolTwoFactor: boolean; interfaceLanguage: string | null };

/**
 * The user behind a session token, or null when the account is gone or deactivated, the user signed out (of this
 * session, or everywhere), or the session is over. `mustEnrolTwoFactor`: the newsroom requires two-factor sign-in
 * and this account has not set it up. An unreachable database throws a DatabaseUnavailableError.
 */
export async function loadSessionUser(id: string, sessionVersion: number, sessionId: string): Promise<LoadedSessionUser | null> {
  return (await loadSessionUsers([{ id, sessionVersion, sessionId }])).get(sessionId) ?? null;
}

/**
 * Of these sessions, the ones that still hold, by session id, each with its user as they are now: the check of
 * loadSessionUser for many sessions in one query (the desk's open live event streams, checked again while open).
 */
export async function loadSessionUsers(refs: readonly SessionRef[]): Promise<Map<string, LoadedSessionUser>> {
  const wanted = refs.filter((ref) => z.uuid().safeParse(ref.id).success && z.uuid().safeParse(ref.sessionId).success);
  const held = new Map<string, LoadedSessionUser>();
  if (!wanted.length) return held;
  try {
    const db = await getDb();
    const rows = await db
      .select({
        sessionId: sessions.id,
        id: users.id,
        email: users.email,
        displayName: users.displayName,
        role: users.role,
        active: users.active,
        sessionVersion: users.sessionVersion,
        interfaceLanguage: users.interfaceLanguage,
        mustEnrolTwoFactor: mustEnrolTwoFactorSql(users.id),
      })
      .from(users)
      .innerJoin(sessions, eq(sessions.userId, users.id))
      .where(and(inArray(sessions.id, [...new Set(wanted.map((ref) => ref.sessionId))]), isNull(sessions.revokedAt), gte(sessions.expiresAt, new Date())));
    const bySession = new Map(rows.map((row) => [row.sessionId, row]));
    for (const ref of wanted) {
      const user = bySession.get(ref.sessionId);
      if (!user || user.id !== ref.id || !user.active || user.sessionVersion !== ref.sessionVersion) continue;
      // A session a demo-mode instance opened is worth nothing on one outside demo mode (several instances, one database).
      if (!config().demo && isDemoAccount(user.email)) continue;
      const { id, displayName, email, role, sessionVersion, mustEnrolTwoFactor, interfaceLanguage } = user;
      held.set(ref.sessionId, { id, email, displayName, role, sessionVersion, sessionId: ref.sessionId, mustEnrolTwoFactor, interfaceLanguage });
    }
    return held;
  } catch (error) {
    throw toServiceError(error);
  }
}

/** True when the newsroom requires two-factor sign-in and the user (a column holding their id) has not set it up. */
export function mustEnrolTwoFactorSql(userId: typeof users.id) {
  return sql<boolean>`(coalesce((SELECT require_two_factor FROM security_settings WHERE id = 1), false)
    AND NOT EXISTS (SELECT 1 FROM user_two_factor WHERE user_id = ${userId} AND enabled_at IS NOT NULL))`.mapWith(Boolean);
}
