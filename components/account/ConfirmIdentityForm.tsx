"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import type { ActionResult } from "@/lib/web/actionResult";

/**
 * Asks for the password (and a code, with two-factor sign-in) before one's own sign-in settings can change: a session
 * someone else got hold of is not enough. Once confirmed, the page shows the settings for a few minutes.
 */
export function ConfirmIdentityForm({
  email,
  twoFactor,
  purpose,
  action,
}: {
  email: string;
  twoFactor: boolean;
  /** What confirming unlocks. */
  purpose: "changePassword" | "setUpTwoFactor" | "changeTwoFactor";
  action: (state: unknown, formData: FormData) => Promise<ActionResult>;
}) {
  const t = useTranslations("desk.confirmIdentity");
  const [state, formAction, pending] = useActionState(action, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} noValidate aria-label={t("form")} className="flex flex-col gap-3">
      <p className="text-sm text-stone-700">{t("intro", { purpose, twoFactor: twoFactor ? "yes" : "no" })}</p>
      {state && !state.ok ? <FormAlert tone="error">{state.error}</FormAlert> : null}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField label={t("password")} name="password" type="password" autoComplete="current-password" required error={fieldErrors?.password} />
      {twoFactor ? <TextField label={t("code")} name="code" autoComplete="one-time-code" required error={fieldErrors?.code} /> : null}
      <Button type="submit" disabled={pending} aria-busy={pending} className="self-start">
        {pending ? t("checking") : t("confirm")}
      </Button>
    </form>
  );
}
