import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { sessions } from "@/db/schema";
import type { Actor } from "@/lib/core/context";
import { ServiceError } from "@/lib/core/errors";
import { words } from "@/lib/core/serviceWords";

/** How long confirming it is you lets you change how you sign in without being asked again. */
export const CONFIRMED_IDENTITY_MINUTES = 5;

/** Changing the password or two-factor sign-in needs a recent confirmation that it is the account's owner. */
export class IdentityNotConfirmedError extends ServiceError {
  readonly code = "IDENTITY_NOT_CONFIRMED";
  constructor() {
    super(words("confirmIdentityFirst"));
  }
}

/**
 * Until when this request's session counts as confirmed: confirmed with confirmIdentity within the last
 * CONFIRMED_IDENTITY_MINUTES. Null when it does not (or the actor has no session: outside a request). Signing in does
 * not count: whoever holds a copied session cookie, however new, must still know the password (and have the code).
 */
export async function identityConfirmedUntil(db: Queryable, actor: Actor): Promise<Date | null> {
  if (!actor.sessionId) return null;
  const [session] = await db
    .select({ reauthenticatedAt: sessions.reauthenticatedAt })
    .from(sessions)
    .where(and(eq(sessions.id, actor.sessionId), eq(sessions.userId, actor.id), isNull(sessions.revokedAt)));
  if (!session?.reauthenticatedAt) return null;
  const until = session.reauthenticatedAt.getTime() + CONFIRMED_IDENTITY_MINUTES * 60_000;
  return until > Date.now() ? new Date(until) : null;
}

/** Throws IdentityNotConfirmedError unless the actor's session is freshly confirmed (the system context always is). */
export async function requireConfirmedIdentity(db: Queryable, actor: Actor | null): Promise<void> {
  if (!actor) return;
  if (!(await identityConfirmedUntil(db, actor))) throw new IdentityNotConfirmedError();
}
