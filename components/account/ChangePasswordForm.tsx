"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import type { ActionResult } from "@/lib/web/actionResult";

/** Changes one's own password (the page asks first to confirm it is them); every other session ends, this one stays. */
export function ChangePasswordForm({ email, action }: { email: string; action: (state: unknown, formData: FormData) => Promise<ActionResult> }) {
  const t = useTranslations("desk.changePassword");
  const [state, formAction, pending] = useActionState(action, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} aria-label={t("form")} className="flex flex-col gap-3">
      <p className="text-sm text-stone-700">{t("intro")}</p>
      {state && !state.ok ? <FormAlert tone="error">{state.error}</FormAlert> : null}
      {state?.ok ? <FormAlert tone="success">{state.message}</FormAlert> : null}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField label={t("newPassword")} name="newPassword" type="password" autoComplete="new-password" required error={fieldErrors?.newPassword} />
      <TextField label={t("again")} name="confirm" type="password" autoComplete="new-password" required error={fieldErrors?.confirm} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("changing") : t("change")}
        </Button>
      </div>
    </form>
  );
}
