import { and, count, eq, gte, isNull, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { loginAttempts, sessions, users } from "@/db/schema";
import type { Actor } from "@/lib/core/context";
import { toServiceError } from "@/lib/core/databaseErrors";
import { verifyPassword } from "./password";

export const MAX_FAILED_ATTEMPTS = 10;
export const ATTEMPT_WINDOW_MINUTES = 15;
export const SESSION_HOURS = 12;

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(1024),
});

/** Who signs in from where, kept with the session for the account's list of recent sign-ins. */
export type SignInClient = { userAgent?: string | null; ipAddress?: string | null };

export type SessionUser = Actor & { sessionVersion: number; sessionId: string };
export type CredentialsResult = { ok: true; user: SessionUser } | { ok: false; reason: "invalid" | "rate_limited" };

/**
 * Checks an email and password and, when they match an active account, opens a session. Takes the same time
 * whether or not the email exists, and refuses an email after too many failures in the window (counted in the
 * database, so every app instance agrees). An unreachable database throws a DatabaseUnavailableError.
 */
export async function verifyCredentials(input: unknown, client: SignInClient = {}): Promise<CredentialsResult> {
  try {
    return await checkCredentials(input, client);
  } catch (error) {
    throw toServiceError(error);
  }
}

async function checkCredentials(input: unknown, client: SignInClient): Promise<CredentialsResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success || !parsed.data.email || !parsed.data.password) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const db = await getDb();
  const since = new Date(Date.now() - ATTEMPT_WINDOW_MINUTES * 60_000);

  const [failures] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.emailKey, email), eq(loginAttempts.succeeded, false), gte(loginAttempts.createdAt, since)));
  if ((failures?.n ?? 0) >= MAX_FAILED_ATTEMPTS) {
    await verifyPassword(password, null); // same cost as a real attempt
    return { ok: false, reason: "rate_limited" };
  }

  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? null);
  const ok = Boolean(user && passwordOk && user.active);

  const sessionId = await db.transaction(async (tx) => {
    await tx.insert(loginAttempts).values({ emailKey: email, succeeded: ok });
    // Keep the tables small: attempts older than a day and sessions long over no longer matter.
    await tx.delete(loginAttempts).where(lt(loginAttempts.createdAt, new Date(Date.now() - 86_400_000)));
    if (!ok || !user) return null;
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(lt(sessions.expiresAt, new Date(Date.now() - 30 * 86_400_000)));
    const [session] = await tx
      .insert(sessions)
      .values({
        userId: user.id,
        expiresAt: new Date(Date.now() + SESSION_HOURS * 3_600_000),
        userAgent: (client.userAgent ?? "").slice(0, 500),
        ipAddress: client.ipAddress?.slice(0, 100) ?? null,
      })
      .returning({ id: sessions.id });
    return session!.id;
  });

  if (!user || !sessionId) return { ok: false, reason: "invalid" };
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      sessionVersion: user.sessionVersion,
      sessionId,
    },
  };
}

/**
 * The user behind a session token, or null when the account is gone or deactivated, the user signed out (of this
 * session, or everywhere), or the session is over. An unreachable database throws a DatabaseUnavailableError.
 */
export async function loadSessionUser(id: string, sessionVersion: number, sessionId: string): Promise<SessionUser | null> {
  if (!z.uuid().safeParse(id).success || !z.uuid().safeParse(sessionId).success) return null;
  try {
    const db = await getDb();
    const [user] = await db
      .select({
        id: users.id,
        email: users.email,
        displayName: users.displayName,
        role: users.role,
        active: users.active,
        sessionVersion: users.sessionVersion,
      })
      .from(users)
      .innerJoin(sessions, eq(sessions.userId, users.id))
      .where(
        and(
          eq(users.id, id),
          eq(sessions.id, sessionId),
          isNull(sessions.revokedAt),
          gte(sessions.expiresAt, new Date()),
        ),
      )
      .limit(1);
    if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
    return { id: user.id, email: user.email, displayName: user.displayName, role: user.role, sessionVersion, sessionId };
  } catch (error) {
    throw toServiceError(error);
  }
}
