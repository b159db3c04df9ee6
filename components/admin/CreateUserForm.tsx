"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import type { ActionResult } from "@/lib/web/actionResult";

type Created = { email: string; password: string | null };

export function CreateUserForm({ action }: { action: (state: unknown, formData: FormData) => Promise<ActionResult<Created>> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4" aria-labelledby="create-user-heading">
      <h2 id="create-user-heading" className="text-lg font-semibold">
        Create an account
      </h2>
      {state && !state.ok ? <FormAlert tone="error">{state.error}</FormAlert> : null}
      {state?.ok ? (
        <FormAlert tone="success">
          Account created for {state.data.email}. One-time password: <code className="font-mono">{state.data.password}</code>. Pass it on
          securely; it will not be shown again.
        </FormAlert>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label="Name" name="displayName" required error={fieldErrors?.displayName} />
        <TextField label="Email" name="email" type="email" required error={fieldErrors?.email} />
        <div className="flex flex-col gap-1">
          <label htmlFor="new-user-role" className="text-sm font-medium">
            Role
          </label>
          <select id="new-user-role" name="role" defaultValue="reviewer" className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm">
            <option value="reviewer">Reviewer</option>
            <option value="editor">Editor</option>
            <option value="admin">Admin</option>
          </select>
        </div>
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create account"}
        </Button>
      </div>
    </form>
  );
}
