import { getToken } from "next-auth/jwt";
import type { Role } from "@/db/schema";
import { loadSessionUser, type SessionRef } from "./credentials";
import { secureCookies } from "./secureCookies";
import { getAuthSecret } from "./secret";

/** Who a session cookie belongs to, as the desk's pages see them, and the session it names (to check it again later). */
export type StaffSession = { id: string; role: Role; mustEnrolTwoFactor: boolean; session: SessionRef };

/**
 * The staff member whose session cookie a request carries, checked against the database exactly as every page's
 * session read is (the jwt callback in lib/auth/index.ts: the account active, the session neither revoked, expired nor
 * signed out everywhere); null otherwise. For answers written outside Next.js's request scope, where `auth()` cannot
 * run: the desk's live event streams (server/liveEvents.ts). Throws DatabaseUnavailableError when the database is down.
 */
export async function staffFromCookies(cookieHeader: string | undefined): Promise<StaffSession | null> {
  if (!cookieHeader) return null;
  const token = await getToken({ req: { headers: { cookie: cookieHeader } }, secret: getAuthSecret(), secureCookie: secureCookies() });
  const user = await sessionUserOfToken(token ?? {});
  if (!user) return null;
  const { id, role, mustEnrolTwoFactor, sessionVersion, sessionId } = user;
  return { id, role, mustEnrolTwoFactor, session: { id, sessionVersion, sessionId } };
}

/**
 * The user a session token names (its `uid`, `sv`, `sid`, set on signing in), if that session still holds; null for
 * a token that names none. The one check of every session read: pages (the jwt callback) and live event streams.
 */
export async function sessionUserOfToken(token: Record<string, unknown>) {
  const { uid, sv, sid } = token;
  if (typeof uid !== "string" || typeof sv !== "number" || typeof sid !== "string") return null;
  return loadSessionUser(uid, sv, sid);
}
