"use client";

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
        success: (saved) => (saved.status === "needs_signoff" && claim.status === "signed_off" ? "Claim saved. It waits for sign-off again." : "Claim saved."),
        onFailure: (r) => setErrors(r.fieldErrors ?? {}),
      }),
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Claim details" className="flex flex-col gap-3">
      <ChangedUnderNotice live={live} />
      <TextAreaField
        label="Statement"
        hint="The claim as reviewers will check it, in plain words."
        rows={3}
        value={draft.statement}
        error={errors.statement}
        onChange={(e) => setDraft((d) => ({ ...d, statement: e.target.value }))}
      />
      <TextField
        label="Claimant"
        hint="Who made the claim, e.g. a person, an organisation or the outlet."
        value={draft.claimant}
        error={errors.claimant}
        onChange={(e) => setDraft((d) => ({ ...d, claimant: e.target.value }))}
      />
      <fieldset className="flex flex-col gap-1" aria-describedby={`${typeId}-hint`}>
        <legend className="text-sm font-medium">The claimant is</legend>
        <p id={`${typeId}-hint`} className="text-xs text-stone-600">
          Search engines and fact-check aggregators are told which. {draft.claimantType ? "" : "Not said yet."}
        </p>
        <div className="flex flex-wrap gap-4 text-sm">
          {(
            [
              ["person", "A person"],
              ["organization", "An organisation (e.g. the outlet)"],
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
        label="Where the claim was made (optional)"
        hint="A link to the claim itself, when it was made somewhere other than the article: a speech, a post."
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
            {pending ? "Saving…" : "Save claim"}
          </Button>
        </div>
      )}
    </form>
  );
}
