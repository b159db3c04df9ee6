"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import type { MailPreferencesDto } from "@/lib/services/mail/mailPreferencesDto";
import type { ActionResult } from "@/lib/web/actionResult";

/** Which notifications also come by mail, at once or in a daily digest; the desk's notifications show them all either way. */
export function MailPreferencesForm({ preferences, action }: { preferences: MailPreferencesDto; action: (state: unknown, formData: FormData) => Promise<ActionResult> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} aria-labelledby="mail-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="mail-heading" className="text-lg font-semibold">
        Mail
      </h2>
      {preferences.mailEnabled ? (
        <p className="text-sm text-stone-700">Which notifications also come to you by mail. The desk&apos;s notifications show them all either way.</p>
      ) : (
        <p className="text-sm text-stone-700">This Factdesk sends no mail (it has no mail server set up): your notifications are on the desk only. What you choose here applies once it does.</p>
      )}
      {state && !state.ok ? <FormAlert tone="error">{state.error}</FormAlert> : null}
      {state?.ok ? <FormAlert tone="success">{state.message}</FormAlert> : null}
      <fieldset className="flex flex-col gap-3">
        <legend className="sr-only">Send me mail about</legend>
        {preferences.kinds.map((kind) => (
          <div key={kind.kind} className="flex flex-col gap-1">
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="mailed" value={kind.kind} defaultChecked={kind.mailed} />
              {kind.label}
            </label>
            <label className="ml-6 flex items-center gap-2 text-xs text-stone-700">
              <input type="checkbox" name="digest" value={kind.kind} defaultChecked={kind.digest} aria-label={`${kind.label}: in my daily digest instead of at once`} />
              In my daily digest (at {String(preferences.digestHourUtc).padStart(2, "0")}:00 UTC) instead of at once
            </label>
          </div>
        ))}
      </fieldset>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save mail choices"}
        </Button>
      </div>
    </form>
  );
}
