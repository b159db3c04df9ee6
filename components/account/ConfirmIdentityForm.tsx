"use client";

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
  /** What confirming unlocks, e.g. "change your password". */
  purpose: string;
  action: (state: unknown, formData: FormData) => Promise<ActionResult>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} noValidate aria-label="Confirm it is you" className="flex flex-col gap-3">
      <p className="text-sm text-stone-700">
        To {purpose}, first confirm it is you: enter your password{twoFactor ? " and a code from your authenticator app (or a recovery code)" : ""}.
        This stays confirmed for 5 minutes.
      </p>
      {state && !state.ok ? <FormAlert tone="error">{state.error}</FormAlert> : null}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField label="Your password" name="password" type="password" autoComplete="current-password" required error={fieldErrors?.password} />
      {twoFactor ? <TextField label="Code from your app, or a recovery code" name="code" autoComplete="one-time-code" required error={fieldErrors?.code} /> : null}
      <Button type="submit" disabled={pending} aria-busy={pending} className="self-start">
        {pending ? "Checking…" : "Confirm it is me"}
      </Button>
    </form>
  );
}
