"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import type { ActionResult } from "@/lib/web/actionResult";
import { PasswordLinkNotice } from "./PasswordLinkNotice";

type Issued = { email: string; url: string | null; expiresAt: string };

/**
 * Invites a staff member: creates the account, and mails them the link through which they choose their password
 * (`mail`: SMTP_URL is set) or shows it to the admin to pass on.
 */
export function CreateUserForm({ action, mail }: { action: (state: unknown, formData: FormData) => Promise<ActionResult<Issued>>; mail: boolean }) {
  const t = useTranslations("admin.createUser");
  const roles = useTranslations("admin.roles");
  const [state, formAction, pending] = useActionState(action, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4" aria-labelledby="create-user-heading">
      <h2 id="create-user-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-stone-700">{mail ? t("mailed") : t("shown")}</p>
      {state && !state.ok ? <FormAlert tone="error">{state.error}</FormAlert> : null}
      {state?.ok ? <PasswordLinkNotice link={state.data} /> : null}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <TextField label={t("name")} name="displayName" required error={fieldErrors?.displayName} />
        <TextField label={t("email")} name="email" type="email" required error={fieldErrors?.email} />
        <div className="flex flex-col gap-1">
          <label htmlFor="new-user-role" className="text-sm font-medium">
            {t("role")}
          </label>
          <select id="new-user-role" name="role" defaultValue="reviewer" className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm">
            <option value="reviewer">{roles("reviewer")}</option>
            <option value="editor">{roles("editor")}</option>
            <option value="admin">{roles("admin")}</option>
          </select>
        </div>
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("inviting") : t("invite")}
        </Button>
      </div>
    </form>
  );
}
