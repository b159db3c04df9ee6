"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";

type LoginState = { error: string | null; email: string; challenge?: string } | null;
type LoginAction = (state: LoginState, formData: FormData) => Promise<LoginState>;

/**
 * Signing in: email and password, then (for an account with two-factor sign-in) the code from the authenticator
 * app or a recovery code. The password is sent once; the second step carries only the server's challenge. One action
 * serves both steps (it tells them apart by the challenge).
 */
export function LoginForm({ action, next }: { action: LoginAction; next: string }) {
  // The server action itself, not a function around it: React then renders a form a browser without JavaScript can
  // post, and the page comes back with the answer (the error, or the code step).
  const t = useTranslations("auth.loginForm");
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.challenge) {
    return (
      <form action={formAction} className="flex flex-col gap-4" noValidate aria-labelledby="code-step-heading">
        <h2 id="code-step-heading" className="text-lg font-semibold">
          {t("codeHeading")}
        </h2>
        {state.error ? <FormAlert tone="error">{state.error}</FormAlert> : null}
        <input type="hidden" name="next" value={next} />
        <input type="hidden" name="email" value={state.email} />
        <input type="hidden" name="challenge" value={state.challenge} />
        <TextField
          label={t("code")}
          name="code"
          autoComplete="one-time-code"
          autoFocus
          required
          hint={t("codeHint")}
        />
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t("checking") : t("verify")}
        </Button>
        <a href={`/login?next=${encodeURIComponent(next)}`} className="text-sm underline">
          {t("startAgain")}
        </a>
      </form>
    );
  }
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state?.error ? <FormAlert tone="error">{state.error}</FormAlert> : null}
      <input type="hidden" name="next" value={next} />
      <TextField label={t("email")} name="email" type="email" autoComplete="username" required defaultValue={state?.email ?? ""} />
      <TextField label={t("password")} name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
