import { and, count, eq, gte, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { loginAttempts, users } from "@/db/schema";
import type { Actor } from "@/lib/services/context";
import { verifyPassword } from "./password";

export const MAX_FAILED_ATTEMPTS = 10;
export const ATTEMPT_WINDOW_MINUTES = 15;

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(1024),
});

export type SessionUser = Actor & { sessionVersion: number };
export type CredentialsResult = { ok: true; user: SessionUser } | { ok: false; reason: "invalid" | "rate_limited" };

/**
 * Checks an email and password. Takes the same time whether or not the email exists, and refuses an email
 * after too many failures in the window (counted in the database, so every app instance agrees).
 */
export async function verifyCredentials(input: unknown): Promise<CredentialsResult> {
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

  await db.transaction(async (tx) => {
    await tx.insert(loginAttempts).values({ emailKey: email, succeeded: ok });
    if (ok && user) await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
    // Keep the table small: attempts older than a day no longer matter.
    await tx.delete(loginAttempts).where(lt(loginAttempts.createdAt, new Date(Date.now() - 86_400_000)));
  });

  if (!ok || !user) return { ok: false, reason: "invalid" };
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      sessionVersion: user.sessionVersion,
    },
  };
}

/** The user behind a session token, or null when the account is gone, deactivated or signed out everywhere. */
export async function loadSessionUser(id: string, sessionVersion: number): Promise<SessionUser | null> {
  if (!z.uuid().safeParse(id).success) return null;
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
    .where(eq(users.id, id))
    .limit(1);
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, displayName: user.displayName, role: user.role, sessionVersion };
}
