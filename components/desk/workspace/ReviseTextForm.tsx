"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { SaveCancelButtons } from "@/components/ui/SaveCancelButtons";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { articleTextProblem } from "@/lib/domain/limits";
import { encodedSize } from "../sendable";
import { DraftStatusLine, RestoredDraftNotice, useFormDraft, useRestoredDraft } from "./drafts";
import { useWorkspaceAction } from "./outcome";
import { ChangedUnderNotice } from "./ChangedUnderNotice";
import { useDraft } from "./useDraft";
import type { WorkspaceActions } from "./workspaceActions";

/** Replaces the article's text; the claims follow their words, and those that cannot are flagged or orphaned. */
export function ReviseTextForm({
  article,
  revise,
  onDone,
}: {
  article: { id: string; body: string; version: number; textRevision: number };
  revise: WorkspaceActions["reviseArticleText"];
  onDone: () => void;
}) {
  const t = useTranslations("workspace.revise");
  const fields = useTranslations("desk.articleFields");
  // After a refused save (someone else changed the article) the editor's text stays in the box.
  const restored = useRestoredDraft({ form: "text" });
  const [body, setBody, live] = useDraft(article.body, article.version, Object.is, typeof restored?.value.body === "string" ? restored.value.body : article.body, ["page"]);
  const kept = useFormDraft({ form: "text" }, article.version, { body }, body.trim() !== article.body.trim());
  const [restoreDismissed, setRestoreDismissed] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [pending, run] = useWorkspaceAction();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = articleTextProblem(body, encodedSize({ body }));
    setError(problem ? fields(problem.key, problem.values) : undefined);
    if (problem) return;
    run(() => revise({ articleId: article.id, version: live.version, body }), {
      success: (s) =>
        s.textRevision === article.textRevision
          ? t("unchanged")
          : t("saved", { unchanged: s.unchanged, moved: s.moved, changed: s.changed, orphaned: s.orphaned }),
      onSuccess: () => {
        kept.forget();
        onDone();
      },
      onFailure: (r) => setError(r.fieldErrors?.body),
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t("label")} className="flex flex-col gap-3">
      <p className="text-sm text-stone-700">{t("intro")}</p>
      <ChangedUnderNotice live={live} />
      {kept.restored && !restoreDismissed ? (
        <RestoredDraftNotice
          draft={kept.restored}
          currentVersion={article.version}
          onDiscard={() => {
            kept.discard();
            setBody(article.body);
            setRestoreDismissed(true);
          }}
        />
      ) : null}
      <TextAreaField label={t("textLabel")} rows={24} value={body} error={error} onChange={(e) => setBody(e.target.value)} textareaClassName="font-serif text-base leading-relaxed" />
      <SaveCancelButtons pending={pending} label={t("save")} pendingLabel={t("saving")} onCancel={onDone} />
      <DraftStatusLine status={kept.status} />
    </form>
  );
}
