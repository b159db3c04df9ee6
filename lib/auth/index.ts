import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/db/schema";
import type { Actor, ServiceContext } from "@/lib/services/context";
import { loadSessionUser, verifyCredentials } from "./credentials";
import { roleCan, type Action } from "./permissions";
import { getAuthSecret } from "./secret";

/** Thrown to the sign-in form when an email has had too many failed attempts. */
export class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
}

const SESSION_HOURS = 12;

function config(): NextAuthConfig {
  return {
    secret: getAuthSecret(),
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
    // Secure cookies in production; FACTDESK_INSECURE_COOKIES=1 only for plain-http intranet trials.
    useSecureCookies: process.env.NODE_ENV === "production" && process.env.FACTDESK_INSECURE_COOKIES !== "1",
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
        async authorize(credentials) {
          const result = await verifyCredentials(credentials);
          if (result.ok) {
            const { id, email, displayName, role, sessionVersion } = result.user;
            return { id, email, name: displayName, role, sessionVersion };
          }
          if (result.reason === "rate_limited") throw new RateLimitedSignin();
          return null;
        },
      }),
    ],
    callbacks: {
      // Runs on every session read: a deactivated, signed-out-everywhere or deleted user loses the session here.
      async jwt({ token, user }) {
        if (user) {
          const signedIn = user as { id?: string; role?: Role; sessionVersion?: number };
          token.uid = signedIn.id;
          token.sv = signedIn.sessionVersion;
          token.role = signedIn.role;
          return token;
        }
        if (typeof token.uid !== "string" || typeof token.sv !== "number") return null;
        const current = await loadSessionUser(token.uid, token.sv);
        if (!current) return null;
        token.role = current.role;
        token.name = current.displayName;
        token.email = current.email;
        return token;
      },
      session({ session, token }) {
        const user = session.user as typeof session.user & { id?: string; role?: Role };
        if (typeof token.uid === "string") user.id = token.uid;
        user.role = token.role as Role | undefined;
        return session;
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());

/** The signed-in staff member for this request, or null. Cached per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const user = session?.user as { id?: string; role?: Role; name?: string | null; email?: string | null } | undefined;
  if (!user?.id || !user.role) return null;
  return { id: user.id, role: user.role, displayName: user.name ?? "", email: user.email ?? "" };
});

/** The service context of the current request. */
export async function getServiceContext(): Promise<ServiceContext> {
  return { actor: await getActor() };
}

/**
 * For pages: the signed-in actor, sending anonymous visitors to the sign-in page (and back to `path` after),
 * and answering 403 when the role may not take `action` at all.
 */
export async function requirePageActor(path: string, action: Action = "desk:read"): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    // Layouts do not know the page below them; the proxy passes the requested path along.
    const requested = (await headers()).get("x-factdesk-path") ?? path;
    redirect(`/login?next=${encodeURIComponent(requested)}`);
  }
  if (!roleCan(actor.role, action)) forbidden();
  return actor;
}
