"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { TextAreaField } from "@/components/ui/TextAreaField";
import type { WorkspaceClaim } from "@/lib/services/articles/workspaceDto";
import { useWorkspaceAction } from "./outcome";
import type { WorkspaceActions } from "./workspaceActions";

/** Dismisses a claim as not worth checking (with a reason), or restores a dismissed one. */
export function DismissClaimControl({
  claim,
  dismiss,
  restore,
}: {
  claim: WorkspaceClaim;
  dismiss: WorkspaceActions["dismissClaim"];
  restore: WorkspaceActions["restoreClaim"];
}) {
  const [pending, run] = useWorkspaceAction();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();

  if (claim.status === "dismissed") {
    return (
      <div className="flex flex-col gap-2 text-sm">
        <p>
          <span className="font-medium">Dismissed:</span> {claim.dismissedReason}
        </p>
        <div>
          <Button type="button" variant="secondary" disabled={pending} aria-busy={pending} onClick={() => run(() => restore({ claimId: claim.id, version: claim.version }), { success: () => `Claim ${claim.number} restored.` })}>
            {pending ? "Restoring…" : "Restore claim"}
          </Button>
        </div>
      </div>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    run(() => dismiss({ claimId: claim.id, version: claim.version, reason }), {
      success: () => `Claim ${claim.number} dismissed. You can restore it at any time.`,
      onSuccess: () => setAsking(false),
      onFailure: (r) => setError(r.fieldErrors?.reason ?? r.error),
    });
  }

  if (!asking) {
    return (
      <div>
        <Button type="button" variant="secondary" onClick={() => setAsking(true)}>
          Dismiss claim…
        </Button>
      </div>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Dismiss claim" className="flex flex-col gap-2">
      <TextAreaField
        label="Why is it not worth checking?"
        hint="Required, e.g. “an opinion, not a checkable fact”. The claim leaves the workflow and published versions."
        rows={2}
        value={reason}
        error={error}
        autoFocus
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? "Dismissing…" : "Dismiss claim"}
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => setAsking(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
