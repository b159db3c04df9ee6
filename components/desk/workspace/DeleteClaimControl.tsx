"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import type { WorkspaceClaim } from "@/lib/services/articles/workspaceDto";
import { useWorkspaceAction } from "./outcome";
import type { WorkspaceActions } from "./workspaceActions";

/** Deletes the claim after an inline "are you sure?" step. */
export function DeleteClaimControl({ claim, remove }: { claim: WorkspaceClaim; remove: WorkspaceActions["deleteClaim"] }) {
  const t = useTranslations("workspace.delete");
  const [confirming, setConfirming] = useState(false);
  const [pending, run] = useWorkspaceAction();
  if (!confirming) {
    return (
      <div>
        <Button type="button" variant="secondary" className="text-red-800" onClick={() => setConfirming(true)}>
          {t("open")}
        </Button>
      </div>
    );
  }
  return (
    <div role="group" aria-labelledby={`delete-question-${claim.id}`} className="flex flex-col gap-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm">
      <p id={`delete-question-${claim.id}`} className="font-medium text-red-900">
        {t("question")}
      </p>
      <div className="flex gap-2">
        <Button type="button" variant="danger" disabled={pending} aria-busy={pending} onClick={() => run(() => remove({ claimId: claim.id, version: claim.version }))}>
          {pending ? t("deleting") : t("confirm")}
        </Button>
        {/* Focus lands on the safe choice. */}
        <Button type="button" variant="secondary" disabled={pending} autoFocus onClick={() => setConfirming(false)}>
          {t("cancel")}
        </Button>
      </div>
    </div>
  );
}
