"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";

type LoginState = { error: string; email: string } | null;

export function LoginForm({
  action,
  next,
}: {
  action: (state: LoginState, formData: FormData) => Promise<LoginState>;
  next: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state?.error ? <FormAlert tone="error">{state.error}</FormAlert> : null}
      <input type="hidden" name="next" value={next} />
      <TextField label="Email" name="email" type="email" autoComplete="username" required defaultValue={state?.email ?? ""} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
