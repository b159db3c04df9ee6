import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import type { Role } from "@/db/schema";
import { config as appConfig } from "@/lib/config";
import type { Actor, ServiceContext } from "@/lib/core/context";
import { openDatabase } from "@/lib/core/database";
import { DatabaseUnavailableError } from "@/lib/core/errors";
import { loadSessionUser, SESSION_HOURS, verifyCredentials } from "./credentials";
import { getAuthSecret } from "./secret";

/** Thrown to the sign-in form when an email has had too many failed attempts. */
export class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
}

/** Thrown to the sign-in form when the database cannot be reached (so it does not say "wrong password"). */
export class UnavailableSignin extends CredentialsSignin {
  code = "unavailable";
}

/** The header the server (scripts/server.mjs) sets to the client's address; a client cannot set it itself. */
export const CLIENT_ADDRESS_HEADER = "x-factdesk-client-address";

type Token = { uid?: unknown; sv?: unknown; sid?: unknown; role?: unknown; unavailable?: unknown; name?: unknown; email?: unknown };

function authConfig(): NextAuthConfig {
  const settings = appConfig();
  return {
    secret: getAuthSecret(),
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
    // Secure cookies in production; FACTDESK_INSECURE_COOKIES=1 only for plain-http intranet trials.
    useSecureCookies: settings.env === "production" && !settings.insecureCookies,
    pages: { signIn: "/login" },
    logger: {
      // A wrong password is an expected outcome, not a server error worth a log line.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        console.error("[auth]", error);
      },
    },
    providers: [
      Credentials({
        credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          let result;
          try {
            result = await verifyCredentials(credentials, {
              userAgent: request.headers.get("user-agent"),
              ipAddress: request.headers.get(CLIENT_ADDRESS_HEADER),
            });
          } catch (error) {
            if (error instanceof DatabaseUnavailableError) throw new UnavailableSignin();
            throw error;
          }
          if (result.ok) {
            const { id, email, displayName, role, sessionVersion, sessionId } = result.user;
            return { id, email, name: displayName, role, sessionVersion, sessionId };
          }
          if (result.reason === "rate_limited") throw new RateLimitedSignin();
          return null;
        },
      }),
    ],
    callbacks: {
      // Runs on every session read: a deactivated, signed-out or deleted user loses the session here. When the
      // database cannot be reached the session is kept but marked, so the page answers 503 instead of signing out.
      async jwt({ token, user }) {
        const t = token as typeof token & Token;
        delete t.unavailable;
        if (user) {
          const signedIn = user as { id?: string; role?: Role; sessionVersion?: number; sessionId?: string };
          t.uid = signedIn.id;
          t.sv = signedIn.sessionVersion;
          t.sid = signedIn.sessionId;
          t.role = signedIn.role;
          return t;
        }
        if (typeof t.uid !== "string" || typeof t.sv !== "number" || typeof t.sid !== "string") return null;
        let current;
        try {
          current = await loadSessionUser(t.uid, t.sv, t.sid);
        } catch (error) {
          if (error instanceof DatabaseUnavailableError) return { ...t, unavailable: true };
          throw error;
        }
        if (!current) return null;
        t.role = current.role;
        t.name = current.displayName;
        t.email = current.email;
        return t;
      },
      session({ session, token }) {
        const t = token as Token;
        const user = session.user as typeof session.user & { id?: string; role?: Role; sessionId?: string };
        if (typeof t.uid === "string") user.id = t.uid;
        if (typeof t.sid === "string") user.sessionId = t.sid;
        user.role = t.role as Role | undefined;
        return Object.assign(session, { unavailable: t.unavailable === true });
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => authConfig());

type SessionShape = {
  unavailable?: boolean;
  user?: { id?: string; role?: Role; sessionId?: string; name?: string | null; email?: string | null };
} | null;

/** The signed-in staff member for this request, or null. Cached per request. Throws when the database is down. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as SessionShape;
  if (session?.unavailable) throw new DatabaseUnavailableError();
  const user = session?.user;
  if (!user?.id || !user.role) return null;
  return { id: user.id, role: user.role, displayName: user.name ?? "", email: user.email ?? "", sessionId: user.sessionId };
});

/** The service context of the current request: the signed-in actor (or none) and the database. */
export async function getServiceContext(): Promise<ServiceContext> {
  const actor = await getActor();
  return { actor, db: await openDatabase() };
}
