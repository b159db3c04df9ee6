"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, type FormEvent } from "react";
import { ArticleSourceFields, bindFields, type FieldBinding } from "@/components/desk/ArticleFieldsForm";
import { FieldFrame } from "@/components/ui/FieldFrame";
import { SaveCancelButtons } from "@/components/ui/SaveCancelButtons";
import { TextField } from "@/components/ui/TextField";
import { languageChoices } from "@/lib/domain/languages";
import type { WorkspaceDto } from "@/lib/services/articles/workspaceDto";
import { useWorkspaceAction } from "./outcome";
import { ChangedUnderNotice } from "./ChangedUnderNotice";
import { sameFields, useDraft } from "./useDraft";
import type { ArticleDetails, WorkspaceActions } from "./workspaceActions";

/** Changes the article's title, where it comes from and its language; its text is changed with Revise text. */
export function ArticleDetailsForm({
  article,
  save,
  onDone,
}: {
  article: WorkspaceDto["article"];
  save: WorkspaceActions["updateArticleDetails"];
  onDone: () => void;
}) {
  const t = useTranslations("workspace.details");
  // After a refused save (someone else changed the article) what the editor typed stays in the form.
  const [values, setValues, live] = useDraft(detailsOf(article), article.version, sameFields, undefined, ["page"]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, run] = useWorkspaceAction();
  const field = bindFields(values, setValues, errors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    run(() => save({ articleId: article.id, version: live.version, ...values }), {
      onSuccess: onDone,
      onFailure: (r) => setErrors(r.fieldErrors ?? {}),
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t("label")} className="flex max-w-3xl flex-col gap-4 rounded-md border border-stone-200 bg-stone-50 p-3">
      <ChangedUnderNotice live={live} />
      <p className="text-sm text-stone-700">{t("intro")}</p>
      {/* Focus moves into the form the editor just opened. */}
      <TextField label={t("title")} required autoFocus {...field("title")} />
      <ArticleSourceFields field={field} />
      <LanguageField {...field("language")} />
      <SaveCancelButtons pending={pending} label={t("save")} pendingLabel={t("saving")} onCancel={onDone} />
    </form>
  );
}

function detailsOf(article: WorkspaceDto["article"]): ArticleDetails {
  return {
    title: article.title,
    sourceOutlet: article.sourceOutlet ?? "",
    sourceUrl: article.sourceUrl ?? "",
    originalAuthor: article.originalAuthor ?? "",
    originalPublishedOn: article.originalPublishedOn ?? "",
    language: article.language ?? "",
  };
}

/** The language the article is written in: readers' pages and reviews say so, and claim suggestions follow it. */
function LanguageField({ error, ...select }: FieldBinding) {
  const t = useTranslations("workspace.details");
  const locale = useLocale();
  const choices = useMemo(() => languageChoices(locale), [locale]);
  return (
    <FieldFrame
      label={t("language")}
      hint={t("languageHint")}
      error={error}
      className="max-w-sm"
    >
      {(control) => (
        <select {...control} {...select} className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-700">
          <option value="">{t("unknownLanguage")}</option>
          {choices.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
