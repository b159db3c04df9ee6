"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/TextField";
import type { WorkspaceClaim, WorkspaceDto } from "@/lib/services/articles/workspaceDto";
import { useWorkspaceAction } from "./outcome";
import { ChangedUnderNotice } from "./ChangedUnderNotice";
import { sameFields, useDraft } from "./useDraft";
import type { WorkspaceActions } from "./workspaceActions";

/** Gives the claim to a reviewer (or takes it back), with an optional due date. */
export function AssignReviewerForm({
  claim,
  reviewers,
  assign,
}: {
  claim: WorkspaceClaim;
  reviewers: WorkspaceDto["reviewers"];
  assign: WorkspaceActions["assignReviewer"];
}) {
  const t = useTranslations("review.assignReviewerForm");
  const shared = useTranslations("review.shared");
  const id = useId();
  const [draft, setDraft, live] = useDraft({ reviewerId: claim.reviewerId ?? "", dueOn: claim.dueOn ?? "" }, claim.version, sameFields, undefined, [`claim:${claim.id}`, "page"]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, run] = useWorkspaceAction();
  // A reviewer who has since been deactivated still shows as assigned.
  const listed = !claim.reviewerId || reviewers.some((r) => r.id === claim.reviewerId);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    run(
      () => assign({ claimId: claim.id, version: live.version, reviewerId: draft.reviewerId || null, dueOn: draft.dueOn || null }),
      { success: () => (draft.reviewerId ? t("assigned") : t("removed")), onFailure: (r) => setErrors(r.fieldErrors ?? {}) },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t("form")} className="flex flex-wrap items-end gap-3">
      {live.changedBy !== undefined ? (
        <div className="basis-full">
          <ChangedUnderNotice live={live} />
        </div>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-reviewer`} className="text-sm font-medium">
          {t("reviewer")}
        </label>
        <select
          id={`${id}-reviewer`}
          value={draft.reviewerId}
          aria-invalid={errors.reviewerId ? true : undefined}
          onChange={(e) => setDraft((d) => ({ ...d, reviewerId: e.target.value }))}
          className="rounded-md border border-stone-300 bg-white px-2 py-2 text-sm"
        >
          <option value="">{t("nobody")}</option>
          {listed ? null : <option value={claim.reviewerId ?? ""}>{t("inactive", { name: claim.reviewerName ?? t("former") })}</option>}
          {reviewers.map((r) => (
            <option key={r.id} value={r.id}>
              {r.displayName}
            </option>
          ))}
        </select>
        {errors.reviewerId ? <p className="text-sm text-red-800">{errors.reviewerId}</p> : null}
      </div>
      <TextField label={t("dueDate")} type="date" value={draft.dueOn} error={errors.dueOn} onChange={(e) => setDraft((d) => ({ ...d, dueOn: e.target.value }))} />
      <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
        {pending ? shared("saving") : t("save")}
      </Button>
    </form>
  );
}
