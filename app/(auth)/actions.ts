"use server";

import { AuthError } from "next-auth";
import { getServiceContext, signIn, signOut } from "@/lib/auth";
import { RATE_LIMIT_MESSAGE } from "@/lib/auth/messages";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/core/errors";
import { endSession } from "@/lib/services/users/endSession";
import { signOutEverywhere } from "@/lib/services/users/signOutEverywhere";
import { safeNextPath } from "@/lib/web/safeRedirect";

export type LoginState = { error: string; email: string } | null;

const SIGN_IN_REFUSALS: Record<string, string> = {
  rate_limited: RATE_LIMIT_MESSAGE,
  unavailable: DATABASE_UNAVAILABLE_MESSAGE,
};

export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get("email") ?? "");
  const password = String(formData.get("password") ?? "");
  if (!email.trim() || !password) return { error: "Enter your email and password.", email };
  try {
    await signIn("credentials", { email, password, redirectTo: safeNextPath(formData.get("next")) });
    return null;
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors mean the sign-in failed.
    if (error instanceof AuthError) {
      const code = "code" in error && typeof error.code === "string" ? error.code : "";
      return { error: SIGN_IN_REFUSALS[code] ?? "That email and password do not match an active account.", email };
    }
    throw error;
  }
}

// Sign-out revokes the session in the database before the cookie goes, so a copy of the cookie stops working too.
// If that fails (the database is down), the error page says so and the person stays signed in: better than a
// sign-out that only looks done.

export async function logout(): Promise<void> {
  await endSession(await getServiceContext());
  await signOut({ redirectTo: "/login?signedOut=1" });
}

export async function logoutEverywhere(): Promise<void> {
  await signOutEverywhere(await getServiceContext());
  await signOut({ redirectTo: "/login?signedOut=all" });
}
