"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import type { ActionResult } from "@/lib/web/actionResult";

/** Changes one's own password (the page asks first to confirm it is them); every other session ends, this one stays. */
export function ChangePasswordForm({ email, action }: { email: string; action: (state: unknown, formData: FormData) => Promise<ActionResult> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} aria-label="New password" className="flex flex-col gap-3">
      <p className="text-sm text-stone-700">
        At least 12 characters, any you like; a few unrelated words work well. You stay signed in here; every other device is
        signed out.
      </p>
      {state && !state.ok ? <FormAlert tone="error">{state.error}</FormAlert> : null}
      {state?.ok ? <FormAlert tone="success">{state.message}</FormAlert> : null}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField label="New password" name="newPassword" type="password" autoComplete="new-password" required error={fieldErrors?.newPassword} />
      <TextField label="Type the new password again" name="confirm" type="password" autoComplete="new-password" required error={fieldErrors?.confirm} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </Button>
      </div>
    </form>
  );
}
