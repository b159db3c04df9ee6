"use client";

import { useTranslations } from "next-intl";
import { unstable_rethrow } from "next/navigation";
import { useState, useTransition, type Dispatch, type FormEvent, type SetStateAction } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField, URL_PLACEHOLDER } from "@/components/ui/TextField";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { articleTextProblem } from "@/lib/domain/limits";
import type { ActionResult } from "@/lib/web/actionResult";
import type { ArticleFormValues } from "./articleFormValues";
import { encodedSize, notSentMessage } from "./sendable";

export type SaveArticle = (fields: ArticleFormValues) => Promise<ActionResult<never>>;

/**
 * The article's text and source details. Submitted by hand rather than as a form action, so a refused save keeps
 * everything the editor typed (React resets uncontrolled form-action forms).
 */
export function ArticleFieldsForm({ initial, save, fromImport }: { initial: ArticleFormValues; save: SaveArticle; fromImport: boolean }) {
  const t = useTranslations("desk.articleFields");
  const connection = useTranslations("desk.connection");
  const [values, setValues] = useState(initial);
  const [failure, setFailure] = useState<{ error: string; fieldErrors: Record<string, string> } | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = failure?.fieldErrors ?? {};

  const field = bindFields(values, setValues, errors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = articleTextProblem(values.body, encodedSize(values));
    if (problem) {
      const said = t(problem.key, problem.values);
      setFailure({ error: said, fieldErrors: { body: said } });
      return;
    }
    startTransition(async () => {
      try {
        // On success the action redirects to the new article's workspace and nothing comes back.
        const result = await save(values);
        if (result && !result.ok) setFailure({ error: result.error, fieldErrors: result.fieldErrors ?? {} });
      } catch (error) {
        unstable_rethrow(error);
        setFailure({ error: notSentMessage(error, connection("notSent")), fieldErrors: {} });
      }
    });
  }

  const hasFieldErrors = Object.keys(errors).length > 0;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="article-fields-heading" className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="article-fields-heading" className="text-lg font-semibold">
        {fromImport ? t("checkImported") : t("paste")}
      </h2>
      {fromImport ? <p className="text-sm text-stone-700">{t("filledFromPage")}</p> : null}
      {failure ? <FormAlert tone="error">{hasFieldErrors ? t("notSaved") : failure.error}</FormAlert> : null}
      <TextField label={t("title")} required {...field("title")} />
      <TextAreaField label={t("body")} required rows={14} hint={t("bodyHint")} {...field("body")} />
      <ArticleSourceFields field={field} />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}

/** What ties one input to a field of a form's state: its name, value, change handler and error from the last refused save. */
export type FieldBinding = { name: string; value: string; error?: string; onChange: (event: { target: { value: string } }) => void };

/** Binds inputs to a record of strings held in state (empty string = not given), with each field's error. */
export function bindFields<K extends string>(values: Record<K, string>, setValues: Dispatch<SetStateAction<Record<K, string>>>, errors: Record<string, string>) {
  return (name: K): FieldBinding => ({
    name,
    value: values[name],
    error: errors[name],
    onChange: (event) => setValues((v) => ({ ...v, [name]: event.target.value })),
  });
}

type SourceField = "sourceOutlet" | "sourceUrl" | "originalAuthor" | "originalPublishedOn";

/** Where the article comes from; shared by this form and the workspace's details form so both ask the same way. */
export function ArticleSourceFields({ field }: { field: (name: SourceField) => FieldBinding }) {
  const t = useTranslations("desk.articleFields");
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <TextField label={t("outlet")} hint={t("outletHint")} {...field("sourceOutlet")} />
      <TextField label={t("sourceUrl")} type="url" inputMode="url" placeholder={URL_PLACEHOLDER} dir="ltr" {...field("sourceUrl")} />
      <TextField label={t("author")} {...field("originalAuthor")} />
      <TextField label={t("publishedOn")} type="date" {...field("originalPublishedOn")} />
    </div>
  );
}
