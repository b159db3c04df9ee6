"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import type { ActionResult } from "@/lib/web/actionResult";

/** The new password and its confirmation, for the holder of a set-password link. */
export function SetPasswordForm({
  token,
  email,
  action,
}: {
  token: string;
  email: string;
  action: (state: unknown, formData: FormData) => Promise<ActionResult<{ email: string }>>;
}) {
  const t = useTranslations("auth.setPasswordForm");
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <div className="flex flex-col gap-3">
        <FormAlert tone="success">{t("done")}</FormAlert>
        <Link prefetch={false} href="/login" className="text-blue-800 underline">
          {t("toSignIn")}
        </Link>
      </div>
    );
  }
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} aria-label={t("form")} className="flex flex-col gap-3">
      {state && !state.ok ? <FormAlert tone="error">{state.error}</FormAlert> : null}
      <input type="hidden" name="token" value={token} />
      {/* Lets a password manager file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField label={t("password")} name="password" type="password" autoComplete="new-password" required error={fieldErrors?.password} />
      <TextField label={t("again")} name="confirm" type="password" autoComplete="new-password" required error={fieldErrors?.confirm} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
