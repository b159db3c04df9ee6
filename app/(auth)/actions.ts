"use server";

import { AuthError } from "next-auth";
import { signIn, signOut, getServiceContext } from "@/lib/auth";
import { RATE_LIMIT_MESSAGE } from "@/lib/auth/messages";
import { safeNextPath } from "@/lib/safeRedirect";
import { signOutEverywhere } from "@/lib/services/users/updateUser";

export type LoginState = { error: string; email: string } | null;

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
      const rateLimited = "code" in error && error.code === "rate_limited";
      return { error: rateLimited ? RATE_LIMIT_MESSAGE : "That email and password do not match an active account.", email };
    }
    throw error;
  }
}

export async function logout(): Promise<void> {
  await signOut({ redirectTo: "/login?signedOut=1" });
}

export async function logoutEverywhere(): Promise<void> {
  await signOutEverywhere(await getServiceContext());
  await signOut({ redirectTo: "/login?signedOut=all" });
}
