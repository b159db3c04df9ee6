"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { SelectField } from "@/components/ui/SelectField";
import { INTERFACE_LANGUAGE_NAMES, INTERFACE_LANGUAGES, type InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import type { ActionResult } from "@/lib/web/actionResult";

/** The language of the staff member's own pages: one of the interface's, or their browser's ("" ). */
export function InterfaceLanguageForm({
  picked,
  newsroom,
  action,
}: {
  picked: InterfaceLanguage | null;
  newsroom: InterfaceLanguage;
  action: (state: unknown, formData: FormData) => Promise<ActionResult>;
}) {
  const t = useTranslations("common.language");
  const [state, formAction, pending] = useActionState(action, null);
  const options = [
    { value: "", label: t("automatic", { fallback: INTERFACE_LANGUAGE_NAMES[newsroom] }) },
    ...INTERFACE_LANGUAGES.map((code) => ({ value: code, label: INTERFACE_LANGUAGE_NAMES[code], lang: code })),
  ];
  return (
    <form action={formAction} aria-labelledby="language-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="language-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {state && !state.ok ? <FormAlert tone="error">{state.error}</FormAlert> : null}
      {state?.ok ? <FormAlert tone="success">{state.message}</FormAlert> : null}
      <SelectField
        label={t("label")}
        name="interfaceLanguage"
        defaultValue={picked ?? ""}
        options={options}
        error={state && !state.ok ? state.fieldErrors?.interfaceLanguage : undefined}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
