"use client";

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
  const [pending, run] = useWorkspaceAction();
  const orphaned = claim.anchorState === "orphaned";
  return (
    <div className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">{orphaned ? "Orphaned: this claim's words are no longer in the text" : "Source text changed"}</p>
      <p>
        {orphaned
          ? "The article was revised and these words could not be found again. Select the words the claim is about now, or delete the claim."
          : "The article was revised and the words of this claim changed. Check that the claim still matches the text."}
      </p>
      <div className="flex flex-wrap gap-2">
        {orphaned ? null : (
          <Button
            type="button"
            disabled={pending}
            aria-busy={pending}
            onClick={() => run(() => move({ claimId: claim.id, version: claim.version, start: claim.start, end: claim.end, textRevision }))}
          >
            {pending ? "Confirming…" : "Text is still right"}
          </Button>
        )}
        <Button type="button" variant="secondary" disabled={pending} onClick={() => onAttach(claim.id)}>
          {orphaned ? "Attach to new words" : "Select different words"}
        </Button>
      </div>
    </div>
  );
}
