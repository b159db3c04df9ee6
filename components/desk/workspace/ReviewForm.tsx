"use client";

import { useTranslations } from "next-intl";
import { useContext, useEffect, useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import type { WorkspaceClaim, WorkspaceDto } from "@/lib/services/articles/workspaceDto";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { languageAttributes } from "@/lib/domain/languages";
import { useWorkspaceAction } from "./outcome";
import { ReopenWarning, useReopenConfirmation } from "./ReopenWarning";
import { DraftStatusLine, RestoredDraftNotice, useFormDraft, useRestoredDraft } from "./drafts";
import { formatSources, parseSources } from "./reviewSources";
import { ChangedUnderNotice } from "./ChangedUnderNotice";
import { PresenceEditingContext } from "./presence";
import { sameFields, useDraft } from "./useDraft";
import type { WorkspaceActions } from "./workspaceActions";

/** The reviewer's verdict, public explanation and sources, optionally sent on for an editor's sign-off. */
export function ReviewForm({
  claim,
  verdicts,
  review,
}: {
  claim: WorkspaceClaim;
  verdicts: WorkspaceDto["verdicts"];
  review: WorkspaceActions["reviewClaim"];
}) {
  const t = useTranslations("review.reviewForm");
  const shared = useTranslations("review.shared");
  const id = useId();
  const saved = { verdictId: claim.verdictId ?? "", publicExplanation: claim.publicExplanation, sources: formatSources(claim.sources), readyForSignoff: claim.status === "needs_signoff" };
  const [draft, setDraft, live] = useDraft(saved, claim.version, sameFields, useRestoredReview(claim.id) ?? saved, [`claim:${claim.id}`, "page"]);
  const kept = useFormDraft({ form: "review", claimId: claim.id }, claim.version, draft, !sameFields(asSaved(draft), asSaved(saved)));
  const [restoreDismissed, setRestoreDismissed] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, run] = useWorkspaceAction();
  const reopen = useReopenConfirmation(claim.status === "signed_off");
  const sourcesError = Object.entries(errors).find(([key]) => key.startsWith("sources"))?.[1];
  // Others on the article see "… is editing the review" while the focus is in this form.
  const setEditing = useContext(PresenceEditingContext);
  useEffect(() => () => setEditing(false), [setEditing]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    reopen.guard(() => save());
  }

  function save() {
    run(
      () =>
        review({
          claimId: claim.id,
          version: live.version,
          verdictId: draft.verdictId || null,
          publicExplanation: draft.publicExplanation,
          sources: parseSources(draft.sources),
          readyForSignoff: draft.readyForSignoff,
        }),
      {
        success: () => (draft.readyForSignoff ? t("savedAndSent") : t("saved")),
        onSuccess: kept.forget,
        onFailure: (r) => setErrors(r.fieldErrors ?? {}),
      },
    );
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-heading`}
      className="flex flex-col gap-3"
      onFocus={() => setEditing(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setEditing(false);
      }}
    >
      <h3 id={`${id}-heading`} className="font-semibold">
        {t("heading")}
      </h3>
      <ChangedUnderNotice live={live} />
      {kept.restored && !restoreDismissed ? (
        <RestoredDraftNotice
          draft={kept.restored}
          currentVersion={claim.version}
          onDiscard={() => {
            kept.discard();
            setDraft(saved);
            setRestoreDismissed(true);
          }}
        />
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-verdict`} className="text-sm font-medium">
          {t("verdict")}
        </label>
        <select
          id={`${id}-verdict`}
          value={draft.verdictId}
          aria-invalid={errors.verdictId ? true : undefined}
          onChange={(e) => setDraft((d) => ({ ...d, verdictId: e.target.value }))}
          className="rounded-md border border-stone-300 bg-white px-2 py-2 text-sm"
        >
          <option value="">{t("noVerdict")}</option>
          {claim.verdictId && claim.verdictLabel && !verdicts.some((v) => v.id === claim.verdictId) ? (
            <option value={claim.verdictId}>{t("earlierScale", { label: claim.verdictLabel })}</option>
          ) : null}
          {verdicts.map((v) => (
            <option key={v.id} value={v.id} {...languageAttributes(v.language)}>
              {v.label} — {v.description}
            </option>
          ))}
        </select>
        {errors.verdictId ? <p className="text-sm text-red-800">{errors.verdictId}</p> : null}
      </div>
      <TextAreaField
        label={t("explanation")}
        hint={t("explanationHint")}
        rows={4}
        value={draft.publicExplanation}
        error={errors.publicExplanation}
        onChange={(e) => setDraft((d) => ({ ...d, publicExplanation: e.target.value }))}
      />
      <TextAreaField
        label={t("sources")}
        hint={t("sourcesHint")}
        rows={3}
        value={draft.sources}
        error={sourcesError}
        onChange={(e) => setDraft((d) => ({ ...d, sources: e.target.value }))}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={draft.readyForSignoff} onChange={(e) => setDraft((d) => ({ ...d, readyForSignoff: e.target.checked }))} />
        {t("sendForSignoff")}
      </label>
      {reopen.asking ? (
        <ReopenWarning onConfirm={reopen.confirm} onCancel={reopen.cancel} />
      ) : (
        <div>
          <Button type="submit" disabled={pending} aria-busy={pending}>
            {pending ? shared("saving") : t("save")}
          </Button>
          <DraftStatusLine status={kept.status} />
        </div>
      )}
    </form>
  );
}

type ReviewDraft = { verdictId: string; publicExplanation: string; sources: string; readyForSignoff: boolean };

/** The review draft brought back for this claim, if any, as the form's fields. */
function useRestoredReview(claimId: string): ReviewDraft | undefined {
  const value = useRestoredDraft({ form: "review", claimId })?.value;
  if (!value) return undefined;
  return {
    verdictId: String(value.verdictId ?? ""),
    publicExplanation: String(value.publicExplanation ?? ""),
    sources: String(value.sources ?? ""),
    readyForSignoff: value.readyForSignoff === true,
  };
}

/** A review as the server keeps it (trimmed), so text the server has just saved is not kept again as a draft. */
function asSaved(review: ReviewDraft): ReviewDraft {
  const sources = review.sources
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");
  return { ...review, publicExplanation: review.publicExplanation.trim(), sources };
}
