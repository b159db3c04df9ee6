"use client";

import { useState, type FormEvent } from "react";
import { SaveCancelButtons } from "@/components/ui/SaveCancelButtons";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { articleTextProblem } from "@/lib/domain/limits";
import { encodedSize } from "../sendable";
import { plural } from "./claimListOrder";
import { DraftStatusLine, RestoredDraftNotice, useFormDraft, useRestoredDraft } from "./drafts";
import { useWorkspaceAction } from "./outcome";
import { ChangedUnderNotice } from "./ChangedUnderNotice";
import { useDraft } from "./useDraft";
import type { ReviseSummary, WorkspaceActions } from "./workspaceActions";

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
  // After a refused save (someone else changed the article) the editor's text stays in the box.
  const restored = useRestoredDraft({ form: "text" });
  const [body, setBody, live] = useDraft(article.body, article.version, Object.is, typeof restored?.value.body === "string" ? restored.value.body : article.body, ["page"]);
  const kept = useFormDraft({ form: "text" }, article.version, { body }, body.trim() !== article.body.trim());
  const [restoreDismissed, setRestoreDismissed] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [pending, run] = useWorkspaceAction();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const tooLarge = articleTextProblem(body, encodedSize({ body }));
    setError(tooLarge ?? undefined);
    if (tooLarge) return;
    run(() => revise({ articleId: article.id, version: live.version, body }), {
      success: (summary) => describeRevision(summary, article.textRevision),
      onSuccess: () => {
        kept.forget();
        onDone();
      },
      onFailure: (r) => setError(r.fieldErrors?.body),
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Revise text" className="flex flex-col gap-3">
      <p className="text-sm text-stone-700">
        Change the text, for instance after the outlet updated its article. Claims follow their words: those whose words changed are flagged
        “Source text changed”, and those whose words are gone are kept as orphaned claims for you to re-attach or delete.
      </p>
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
      <TextAreaField label="Article text" rows={24} value={body} error={error} onChange={(e) => setBody(e.target.value)} textareaClassName="font-serif text-base leading-relaxed" />
      <SaveCancelButtons pending={pending} label="Save text" pendingLabel="Saving the text…" onCancel={onDone} />
      <DraftStatusLine status={kept.status} />
    </form>
  );
}

function describeRevision(s: ReviseSummary, previousRevision: number): string {
  if (s.textRevision === previousRevision) return "The text is unchanged; there was nothing to save.";
  const kept = `${plural(s.unchanged, "claim")} kept ${s.unchanged === 1 ? "its" : "their"} place`;
  return `Text saved. ${kept}, ${s.moved} moved, ${s.changed} flagged: source text changed, ${s.orphaned} orphaned.`;
}
