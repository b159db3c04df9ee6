import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import type { Role } from "@/db/schema";
import { secureCookies } from "./secureCookies";
import { sessionUserOfToken } from "./staffSession";
import type { Actor, ServiceContext } from "@/lib/core/context";
import { openDatabase } from "@/lib/core/database";
import { DatabaseUnavailableError } from "@/lib/core/errors";
import { isInterfaceLanguage, type InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import { cookies, headers } from "next/headers";
import { logFailure } from "@/lib/core/log";
import { completeSignIn, SESSION_HOURS } from "./credentials";
import { getAuthSecret } from "./secret";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS } from "./twoFactor";

/** Thrown to the sign-in form when the code from the authenticator (or the recovery code) is wrong or used. */
export class WrongCodeSignin extends CredentialsSignin {
  code = "wrong_code";
}

/** Thrown to the sign-in form when the step after the password has expired or was used: start again. */
export class ExpiredSignin extends CredentialsSignin {
  code = "expired";
}

/** Thrown to the sign-in form when too many codes were tried for the account: the code says how long to wait (ms). */
export class ThrottledCodeSignin extends CredentialsSignin {
  constructor(retryAfterMs: number) {
    super();
    this.code = `${THROTTLED_CODE_PREFIX}${retryAfterMs}`;
  }
}
export const THROTTLED_CODE_PREFIX = "rate_limited:";

/** Thrown to the sign-in form when the database cannot be reached (so it does not say "wrong password"). */
export class UnavailableSignin extends CredentialsSignin {
  code = "unavailable";
}

/** The header the server (server/forwardedHeaders.ts) sets to the client's address; a client cannot set it itself. */
export const CLIENT_ADDRESS_HEADER = "x-factdesk-client-address";

type Token = {
  uid?: unknown;
  sv?: unknown;
  sid?: unknown;
  role?: unknown;
  unavailable?: unknown;
  name?: unknown;
  email?: unknown;
  /** The newsroom requires two-factor sign-in and this account has not set it up yet. */
  enrol2fa?: unknown;
  /** The interface language the account picked (users.interface_language), read fresh with the session. */
  lang?: unknown;
};

export { secureCookies };

/** The known-device cookie this browser holds (see lib/auth/twoFactor.ts), if any. */
export async function readDeviceCookie(): Promise<string | null> {
  return (await cookies()).get(DEVICE_COOKIE)?.value ?? null;
}

async function rememberDevice(value: string): Promise<void> {
  (await cookies()).set(DEVICE_COOKIE, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: "/",
    maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
  });
}

function authConfig(): NextAuthConfig {
  return {
    secret: getAuthSecret(),
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
    // Secure cookies in production; FACTDESK_INSECURE_COOKIES=1 only for plain-http intranet trials.
    useSecureCookies: secureCookies(),
    pages: { signIn: "/login" },
    logger: {
      // A wrong password is an expected outcome, not a server error worth a log line.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        logFailure("sign-in failed", error);
      },
    },
    providers: [
      Credentials({
        // Step two of signing in (the sign-in action did step one, the password, and holds the challenge).
        credentials: { challenge: {}, code: { label: "Code" } },
        async authorize(credentials, request) {
          let result;
          try {
            result = await completeSignIn(credentials, {
              userAgent: request.headers.get("user-agent"),
              ipAddress: request.headers.get(CLIENT_ADDRESS_HEADER),
            });
          } catch (error) {
            if (error instanceof DatabaseUnavailableError) throw new UnavailableSignin();
            throw error;
          }
          if (result.ok) {
            await rememberDevice(result.deviceCookie);
            const { id, email, displayName, role, sessionVersion, sessionId } = result.user;
            return { id, email, name: displayName, role, sessionVersion, sessionId };
          }
          if (result.reason === "code") throw new WrongCodeSignin();
          if (result.reason === "expired") throw new ExpiredSignin();
          if (result.reason === "rate_limited") throw new ThrottledCodeSignin(result.retryAfterMs ?? 60_000);
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
        let current;
        try {
          current = await sessionUserOfToken(t);
        } catch (error) {
          if (error instanceof DatabaseUnavailableError) return { ...t, unavailable: true };
          throw error;
        }
        if (!current) return null;
        t.role = current.role;
        t.name = current.displayName;
        t.email = current.email;
        t.enrol2fa = current.mustEnrolTwoFactor;
        t.lang = current.interfaceLanguage;
        return t;
      },
      session({ session, token }) {
        const t = token as Token;
        const user = session.user as typeof session.user & { id?: string; role?: Role; sessionId?: string };
        if (typeof t.uid === "string") user.id = t.uid;
        if (typeof t.sid === "string") user.sessionId = t.sid;
        user.role = t.role as Role | undefined;
        return Object.assign(session, {
          unavailable: t.unavailable === true,
          mustEnrolTwoFactor: t.enrol2fa === true,
          interfaceLanguage: typeof t.lang === "string" ? t.lang : null,
        });
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => authConfig());

type SessionShape = {
  unavailable?: boolean;
  mustEnrolTwoFactor?: boolean;
  interfaceLanguage?: string | null;
  user?: { id?: string; role?: Role; sessionId?: string; name?: string | null; email?: string | null };
} | null;

/** The signed-in staff member for this request, or null. Cached per request. Throws when the database is down. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as SessionShape;
  if (session?.unavailable) throw new DatabaseUnavailableError();
  const user = session?.user;
  if (!user?.id || !user.role) return null;
  const address = (await headers()).get(CLIENT_ADDRESS_HEADER);
  return { id: user.id, role: user.role, displayName: user.name ?? "", email: user.email ?? "", sessionId: user.sessionId, address };
});

/** Whether this request's staff member must set up two-factor sign-in before using the desk (the newsroom requires it). */
export const mustEnrolTwoFactor = cache(async (): Promise<boolean> => {
  const session = (await auth()) as SessionShape;
  return session?.mustEnrolTwoFactor === true;
});

/**
 * The interface language this request's staff member picked in their account, read with their session (so a pick
 * takes effect on their next page); null for none, or no one signed in. Cached per request.
 */
export const sessionInterfaceLanguage = cache(async (): Promise<InterfaceLanguage | null> => {
  const session = (await auth()) as SessionShape;
  return isInterfaceLanguage(session?.interfaceLanguage) ? session.interfaceLanguage : null;
});

/** The service context of the current request: the signed-in actor (or none) and the database. */
export async function getServiceContext(): Promise<ServiceContext> {
  const actor = await getActor();
  return { actor, db: await openDatabase() };
}
