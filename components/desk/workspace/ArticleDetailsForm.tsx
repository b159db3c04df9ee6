"use client";

import { useState, type FormEvent } from "react";
import { ArticleSourceFields, bindFields } from "@/components/desk/ArticleFieldsForm";
import { SaveCancelButtons } from "@/components/ui/SaveCancelButtons";
import { TextField } from "@/components/ui/TextField";
import type { WorkspaceDto } from "@/lib/services/articles/workspaceDto";
import { useWorkspaceAction } from "./outcome";
import { ChangedUnderNotice } from "./ChangedUnderNotice";
import { sameFields, useDraft } from "./useDraft";
import type { ArticleDetails, WorkspaceActions } from "./workspaceActions";

/** Changes the article's title and where it comes from; its text is changed with Revise text. */
export function ArticleDetailsForm({
  article,
  save,
  onDone,
}: {
  article: WorkspaceDto["article"];
  save: WorkspaceActions["updateArticleDetails"];
  onDone: () => void;
}) {
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
    <form onSubmit={submit} noValidate aria-label="Article details" className="flex max-w-3xl flex-col gap-4 rounded-md border border-stone-200 bg-stone-50 p-3">
      <ChangedUnderNotice live={live} />
      <p className="text-sm text-stone-700">Correct the title and where the article comes from. To change the article’s text, use Revise text.</p>
      {/* Focus moves into the form the editor just opened. */}
      <TextField label="Title" required autoFocus {...field("title")} />
      <ArticleSourceFields field={field} />
      <SaveCancelButtons pending={pending} label="Save details" pendingLabel="Saving the details…" onCancel={onDone} />
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
  };
}
