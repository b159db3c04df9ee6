"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { SelectField } from "@/components/ui/SelectField";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { TextField } from "@/components/ui/TextField";
import { INTERFACE_LANGUAGE_NAMES, INTERFACE_LANGUAGES } from "@/lib/domain/interfaceLanguages";
import type { ActionResult } from "@/lib/web/actionResult";

type Organisation = {
  name: string;
  url: string | null;
  description: string | null;
  contactEmail: string | null;
  logoUrl: string | null;
  methodology: string | null;
  correctionsPolicy: string | null;
  interfaceLanguage: string;
};
type Values = Record<keyof Organisation, string>;
type State = { result: ActionResult<Organisation> | null; values: Values };

const FIELDS = ["name", "url", "description", "contactEmail", "logoUrl", "methodology", "correctionsPolicy", "interfaceLanguage"] as const satisfies (keyof Organisation)[];

/** The organisation's public details. */
export function OrganisationForm({
  initial,
  action,
}: {
  initial: Organisation;
  action: (state: unknown, formData: FormData) => Promise<ActionResult<Organisation>>;
}) {
  // React resets a form after its action: the inputs' defaults follow what was last sent (refused) or saved,
  // so a refused save keeps what the admin typed.
  const [state, formAction, pending] = useActionState(
    async (previous: State, formData: FormData): Promise<State> => {
      const result = await action(previous.result, formData);
      return { result, values: result.ok ? toValues(result.data) : submittedValues(formData) };
    },
    { result: null, values: toValues(initial) },
  );
  const { result, values } = state;
  const t = useTranslations("admin.organisation");
  const language = useTranslations("common.language");
  const fieldErrors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;

  return (
    <form action={formAction} noValidate aria-labelledby="organisation-form-heading" className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="organisation-form-heading" className="text-lg font-semibold">
        {t("formHeading")}
      </h2>
      {result && !result.ok ? <FormAlert tone="error">{hasFieldErrors ? t("notSaved") : result.error}</FormAlert> : null}
      <TextField label={t("name")} name="name" required defaultValue={values.name} error={fieldErrors.name} />
      <TextField
        label={t("website")}
        name="url"
        type="url"
        inputMode="url"
        dir="ltr"
        placeholder={t("urlPlaceholder")}
        defaultValue={values.url}
        error={fieldErrors.url}
      />
      <TextAreaField
        label={t("description")}
        name="description"
        rows={4}
        hint={t("descriptionHint")}
        defaultValue={values.description}
        error={fieldErrors.description}
      />
      <TextField label={t("contactEmail")} name="contactEmail" type="email" defaultValue={values.contactEmail} error={fieldErrors.contactEmail} />
      <TextField
        label={t("logo")}
        name="logoUrl"
        type="url"
        inputMode="url"
        dir="ltr"
        placeholder={t("urlPlaceholder")}
        hint={t("logoHint")}
        defaultValue={values.logoUrl}
        error={fieldErrors.logoUrl}
      />
      <TextAreaField
        label={t("methodology")}
        name="methodology"
        rows={10}
        hint={t("methodologyHint")}
        defaultValue={values.methodology}
        error={fieldErrors.methodology}
        textareaClassName="font-mono"
      />
      <TextAreaField
        label={t("correctionsPolicy")}
        name="correctionsPolicy"
        rows={6}
        hint={t("correctionsPolicyHint")}
        defaultValue={values.correctionsPolicy}
        error={fieldErrors.correctionsPolicy}
        textareaClassName="font-mono"
      />
      <SelectField
        label={language("newsroomLabel")}
        hint={language("newsroomHint")}
        name="interfaceLanguage"
        defaultValue={values.interfaceLanguage}
        options={INTERFACE_LANGUAGES.map((code) => ({ value: code, label: INTERFACE_LANGUAGE_NAMES[code], lang: code }))}
        error={fieldErrors.interfaceLanguage}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <p role="status" className="text-sm text-green-900">
          {result?.ok && !pending ? result.message : null}
        </p>
      </div>
    </form>
  );
}

function toValues(organisation: Organisation): Values {
  return Object.fromEntries(FIELDS.map((field) => [field, organisation[field] ?? ""])) as Values;
}

function submittedValues(formData: FormData): Values {
  return Object.fromEntries(
    FIELDS.map((field) => {
      const value = formData.get(field);
      return [field, typeof value === "string" ? value : ""];
    }),
  ) as Values;
}
