"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("workspace.dismiss");
  const [pending, run] = useWorkspaceAction();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();

  if (claim.status === "dismissed") {
    return (
      <div className="flex flex-col gap-2 text-sm">
        <p>
          <span className="font-medium">{t("dismissed")}</span> {claim.dismissedReason}
        </p>
        <div>
          <Button type="button" variant="secondary" disabled={pending} aria-busy={pending} onClick={() => run(() => restore({ claimId: claim.id, version: claim.version }), { success: () => t("restored", { number: claim.number }) })}>
            {pending ? t("restoring") : t("restore")}
          </Button>
        </div>
      </div>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    run(() => dismiss({ claimId: claim.id, version: claim.version, reason }), {
      success: () => t("done", { number: claim.number }),
      onSuccess: () => setAsking(false),
      onFailure: (r) => setError(r.fieldErrors?.reason ?? r.error),
    });
  }

  if (!asking) {
    return (
      <div>
        <Button type="button" variant="secondary" onClick={() => setAsking(true)}>
          {t("open")}
        </Button>
      </div>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t("formLabel")} className="flex flex-col gap-2">
      <TextAreaField
        label={t("reasonLabel")}
        hint={t("reasonHint")}
        rows={2}
        value={reason}
        error={error}
        autoFocus
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t("dismissing") : t("submit")}
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => setAsking(false)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
