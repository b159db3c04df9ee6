"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/TextField";
import type { ClaimantType } from "@/lib/domain/claimants";
import type { WorkspaceClaim } from "@/lib/services/articles/workspaceDto";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { useWorkspaceAction } from "./outcome";
import { ReopenWarning, useReopenConfirmation } from "./ReopenWarning";
import { ChangedUnderNotice } from "./ChangedUnderNotice";
import { sameFields, useDraft } from "./useDraft";
import type { WorkspaceActions } from "./workspaceActions";

/**
 * The claim as reviewers will check it, who made it and whether that is a person or an organisation (asked: search
 * engines are told so, and a name alone does not say), and where the claim itself was made.
 */
export function ClaimDetailsForm({ claim, edit }: { claim: WorkspaceClaim; edit: WorkspaceActions["editClaim"] }) {
  const t = useTranslations("review.claimDetailsForm");
  const shared = useTranslations("review.shared");
  const [draft, setDraft, live] = useDraft(
    { statement: claim.statement, claimant: claim.claimant, claimantType: (claim.claimantType ?? "") as ClaimantType | "", appearanceUrl: claim.appearanceUrl ?? "" },
    claim.version,
    sameFields,
    undefined,
    [`claim:${claim.id}`, "page"],
  );
  const typeId = useId();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, run] = useWorkspaceAction();
  const reopen = useReopenConfirmation(claim.status === "signed_off");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    reopen.guard(() =>
      // No kind chosen yet: the server says "organisation" for the article's outlet and leaves anyone else unsaid.
      run(() => edit({ claimId: claim.id, version: live.version, ...draft, claimantType: draft.claimantType || undefined }), {
        success: (saved) => (saved.status === "needs_signoff" && claim.status === "signed_off" ? t("savedReopened") : t("saved")),
        onFailure: (r) => setErrors(r.fieldErrors ?? {}),
      }),
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t("form")} className="flex flex-col gap-3">
      <ChangedUnderNotice live={live} />
      <TextAreaField
        label={t("statement")}
        hint={t("statementHint")}
        rows={3}
        value={draft.statement}
        error={errors.statement}
        onChange={(e) => setDraft((d) => ({ ...d, statement: e.target.value }))}
      />
      <TextField
        label={t("claimant")}
        hint={t("claimantHint")}
        value={draft.claimant}
        error={errors.claimant}
        onChange={(e) => setDraft((d) => ({ ...d, claimant: e.target.value }))}
      />
      <fieldset className="flex min-w-0 flex-col gap-1" aria-describedby={`${typeId}-hint`}>
        <legend className="text-sm font-medium">{t("claimantIs")}</legend>
        <p id={`${typeId}-hint`} className="text-xs text-stone-600">
          {t("claimantTypeHint")} {draft.claimantType ? "" : t("notSaid")}
        </p>
        <div className="flex flex-wrap gap-4 text-sm">
          {(
            [
              ["person", t("person")],
              ["organization", t("organization")],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                name={`${typeId}-claimant-type`}
                value={value}
                checked={draft.claimantType === value}
                onChange={() => setDraft((d) => ({ ...d, claimantType: value }))}
              />
              {label}
            </label>
          ))}
        </div>
        {errors.claimantType ? <p className="text-sm text-red-800">{errors.claimantType}</p> : null}
      </fieldset>
      <TextField
        label={t("appearance")}
        hint={t("appearanceHint")}
        type="url"
        value={draft.appearanceUrl}
        error={errors.appearanceUrl}
        onChange={(e) => setDraft((d) => ({ ...d, appearanceUrl: e.target.value }))}
      />
      {reopen.asking ? (
        <ReopenWarning onConfirm={reopen.confirm} onCancel={reopen.cancel} />
      ) : (
        <div>
          <Button type="submit" disabled={pending} aria-busy={pending}>
            {pending ? shared("saving") : t("save")}
          </Button>
        </div>
      )}
    </form>
  );
}
