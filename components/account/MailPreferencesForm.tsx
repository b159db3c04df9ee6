"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import type { MailPreferencesDto } from "@/lib/services/mail/mailPreferencesDto";
import type { ActionResult } from "@/lib/web/actionResult";

/** Which notifications also come by mail, at once or in a daily digest; the desk's notifications show them all either way. */
export function MailPreferencesForm({ preferences, action }: { preferences: MailPreferencesDto; action: (state: unknown, formData: FormData) => Promise<ActionResult> }) {
  const t = useTranslations("desk.mailPreferences");
  const [state, formAction, pending] = useActionState(action, null);
  const kindLabels: Record<MailPreferencesDto["kinds"][number]["kind"], string> = {
    assigned: t("kinds.assigned"),
    returned: t("kinds.returned"),
    signed_off: t("kinds.signed_off"),
    mentioned: t("kinds.mentioned"),
    due_soon: t("kinds.due_soon"),
  };
  const digestHour = `${String(preferences.digestHourUtc).padStart(2, "0")}:00`;
  return (
    <form action={formAction} aria-labelledby="mail-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="mail-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-stone-700">{preferences.mailEnabled ? t("intro") : t("noMail")}</p>
      {state && !state.ok ? <FormAlert tone="error">{state.error}</FormAlert> : null}
      {state?.ok ? <FormAlert tone="success">{state.message}</FormAlert> : null}
      <fieldset className="flex min-w-0 flex-col gap-3">
        <legend className="sr-only">{t("legend")}</legend>
        {preferences.kinds.map((kind) => (
          <div key={kind.kind} className="flex flex-col gap-1">
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="mailed" value={kind.kind} defaultChecked={kind.mailed} />
              {kindLabels[kind.kind]}
            </label>
            <label className="ms-6 flex items-center gap-2 text-xs text-stone-700">
              <input type="checkbox" name="digest" value={kind.kind} defaultChecked={kind.digest} aria-label={t("digestOf", { kind: kindLabels[kind.kind] })} />
              {t("digest", { hour: digestHour })}
            </label>
          </div>
        ))}
      </fieldset>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
