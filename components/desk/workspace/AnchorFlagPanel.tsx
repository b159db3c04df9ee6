"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";
import type { WorkspaceClaim } from "@/lib/services/articles/workspaceDto";
import { useWorkspaceAction } from "./outcome";
import type { WorkspaceActions } from "./workspaceActions";

/**
 * For a claim whose words changed or vanished in a revision: confirm its current place ("Text is still right") or
 * attach it to newly selected words.
 */
export function AnchorFlagPanel({
  textRevision,
  claim,
  move,
  onAttach,
}: {
  textRevision: number;
  claim: WorkspaceClaim;
  move: WorkspaceActions["moveClaimAnchor"];
  onAttach: (claimId: string) => void;
}) {
  const t = useTranslations("workspace.anchorPanel");
  const [pending, run] = useWorkspaceAction();
  const orphaned = claim.anchorState === "orphaned";
  return (
    <div className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">{orphaned ? t("orphanedTitle") : t("changedTitle")}</p>
      <p>
        {orphaned ? t("orphanedText") : t("changedText")}
      </p>
      <div className="flex flex-wrap gap-2">
        {orphaned ? null : (
          <Button
            type="button"
            disabled={pending}
            aria-busy={pending}
            onClick={() => run(() => move({ claimId: claim.id, version: claim.version, start: claim.start, end: claim.end, textRevision }))}
          >
            {pending ? t("confirming") : t("stillRight")}
          </Button>
        )}
        <Button type="button" variant="secondary" disabled={pending} onClick={() => onAttach(claim.id)}>
          {orphaned ? t("attachNew") : t("selectDifferent")}
        </Button>
      </div>
    </div>
  );
}
