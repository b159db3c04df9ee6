"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import type { ActionResult } from "@/lib/web/actionResult";
import { MAX_DISPLAY_NAME_CHARACTERS } from "@/lib/domain/limits";

/** The staff member's own name, as colleagues see it on claims, comments and the audit log. */
export function DisplayNameForm({ displayName, action }: { displayName: string; action: (state: unknown, formData: FormData) => Promise<ActionResult> }) {
  const t = useTranslations("desk.displayName");
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} aria-labelledby="name-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="name-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {state && !state.ok ? <FormAlert tone="error">{state.error}</FormAlert> : null}
      {state?.ok ? <FormAlert tone="success">{state.message}</FormAlert> : null}
      <TextField label={t("label")} name="displayName" defaultValue={displayName} required maxLength={MAX_DISPLAY_NAME_CHARACTERS} error={state && !state.ok ? state.fieldErrors?.displayName : undefined} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
