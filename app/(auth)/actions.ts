"use server";

import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER, getServiceContext, readDeviceCookie, signIn, signOut, THROTTLED_CODE_PREFIX } from "@/lib/auth";
import { checkPassword } from "@/lib/auth/credentials";
import { DatabaseUnavailableError, UnauthenticatedError } from "@/lib/core/errors";
import { minutesToWait } from "@/lib/domain/signInDelays";
import { endSession } from "@/lib/services/users/endSession";
import { signOutEverywhere } from "@/lib/services/users/signOutEverywhere";
import { formOf, formText, readActionInput } from "@/lib/web/actionInput";
import { safeNextPath } from "@/lib/web/safeRedirect";

/**
 * The sign-in form's state. `challenge` is set once the password was right and the account has two-factor sign-in:
 * the form then asks for the code (the password is not sent again).
 */
export type LoginState = { error: string | null; email: string; challenge?: string } | null;

// Step one checks the password here; step two hands the challenge (and the code) to Auth.js's Credentials provider,
// which opens the session. So a password is checked once, and a session needs both steps.

const passwordForm = formOf({ email: formText, password: formText, next: formText });
const codeForm = formOf({ email: formText, challenge: formText, code: formText, next: formText });

/** What the sign-in form says for each way a sign-in can fail, in the page's language. */
async function signInMessages() {
  const t = await getTranslations("auth.signIn");
  return {
    invalid: t("invalid"),
    busy: t("busy"),
    code: t("code"),
    expired: t("expired"),
    unavailable: t("unavailable"),
    /** A wait says how long: in minutes, or in hours once it is two or more. */
    tooMany: (retryAfterMs: number) => {
      const minutes = minutesToWait(retryAfterMs);
      return minutes >= 120 ? t("tooManyHours", { hours: Math.ceil(minutes / 60) }) : t("tooManyMinutes", { minutes });
    },
    enterPassword: t("enterPassword"),
    enterCode: t("enterCode"),
  };
}

async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const form = await readActionInput(passwordForm, formData);
  if (!form.ok) return { error: form.error, email: "" };
  const { email, password } = form.data;
  const next = safeNextPath(form.data.next);
  const messages = await signInMessages();
  if (!email.trim() || !password) return { error: messages.enterPassword, email };
  const request = await headers();
  let step;
  try {
    step = await checkPassword(
      { email, password },
      { userAgent: request.get("user-agent"), ipAddress: request.get(CLIENT_ADDRESS_HEADER), deviceCookie: await readDeviceCookie() },
    );
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) return { error: messages.unavailable, email };
    throw error;
  }
  if (!step.ok) {
    const error = step.reason === "rate_limited" ? messages.tooMany(step.retryAfterMs ?? 60_000) : messages[step.reason];
    return { error, email };
  }
  if (step.needsCode) return { error: null, email, challenge: step.challenge };
  return finishSignIn({ challenge: step.challenge, code: "" }, email, next);
}

/** Step two for an account with two-factor sign-in: the challenge from step one and the code. */
async function loginWithCode(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const form = await readActionInput(codeForm, formData);
  if (!form.ok) return { error: form.error, email: "" };
  const { email, challenge } = form.data;
  const code = form.data.code.trim();
  if (!code) return { error: (await signInMessages()).enterCode, email, challenge };
  return finishSignIn({ challenge, code }, email, safeNextPath(form.data.next));
}

/**
 * The sign-in form's one action: step two when the form carries a challenge, else step one. The form names a server
 * action itself (no function wrapped around it in the browser), so it works before, and without, JavaScript.
 */
export async function signInStep(previous: LoginState, formData: FormData): Promise<LoginState> {
  return formData instanceof FormData && formData.has("challenge") ? loginWithCode(previous, formData) : login(previous, formData);
}

async function finishSignIn(credentials: { challenge: string; code: string }, email: string, next: string): Promise<LoginState> {
  try {
    await signIn("credentials", { ...credentials, redirectTo: next });
    return null;
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors mean the sign-in failed.
    if (error instanceof AuthError) {
      const messages = await signInMessages();
      const code = "code" in error && typeof error.code === "string" ? error.code : "";
      if (code === "wrong_code") return { error: messages.code, email, challenge: credentials.challenge };
      if (code === "unavailable") return { error: messages.unavailable, email, challenge: credentials.challenge || undefined };
      if (code.startsWith(THROTTLED_CODE_PREFIX)) {
        return { error: messages.tooMany(Number(code.slice(THROTTLED_CODE_PREFIX.length)) || 60_000), email, challenge: credentials.challenge };
      }
      return { error: code === "expired" ? messages.expired : messages.invalid, email };
    }
    throw error;
  }
}

// Sign-out revokes the session in the database before the cookie goes, so a copy of the cookie stops working too.
// If that fails (the database is down), the error page says so and the person stays signed in: better than a
// sign-out that only looks done. Someone whose session has already ended is simply signed out.

export async function logout(): Promise<void> {
  await endingSessions(endSession);
  await signOut({ redirectTo: "/login?signedOut=1" });
}

export async function logoutEverywhere(): Promise<void> {
  await endingSessions(signOutEverywhere);
  await signOut({ redirectTo: "/login?signedOut=all" });
}

async function endingSessions(verb: typeof endSession): Promise<void> {
  try {
    await verb(await getServiceContext());
  } catch (error) {
    if (!(error instanceof UnauthenticatedError)) throw error;
  }
}
