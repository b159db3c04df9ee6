"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/TextField";
import type { WorkspaceClaim } from "@/lib/services/articles/workspaceDto";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { useWorkspaceAction } from "./outcome";
import { ReopenWarning, useReopenConfirmation } from "./ReopenWarning";
import { sameFields, useDraft } from "./useDraft";
import type { WorkspaceActions } from "./workspaceActions";

/** The claim as reviewers will check it, and who made it. */
export function ClaimDetailsForm({ claim, edit }: { claim: WorkspaceClaim; edit: WorkspaceActions["editClaim"] }) {
  const [draft, setDraft] = useDraft({ statement: claim.statement, claimant: claim.claimant }, claim.version, sameFields);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, run] = useWorkspaceAction();
  const reopen = useReopenConfirmation(claim.status === "signed_off");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    reopen.guard(() =>
      run(() => edit({ claimId: claim.id, version: claim.version, ...draft }), {
        success: (saved) => (saved.status === "needs_signoff" && claim.status === "signed_off" ? "Claim saved. It waits for sign-off again." : "Claim saved."),
        onFailure: (r) => setErrors(r.fieldErrors ?? {}),
      }),
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Claim details" className="flex flex-col gap-3">
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
