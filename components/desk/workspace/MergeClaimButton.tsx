"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";
import type { WorkspaceClaim } from "@/lib/services/articles/workspaceDto";
import { useWorkspaceAction } from "./outcome";
import { shorten } from "./shorten";
import type { WorkspaceActions } from "./workspaceActions";

/** Joins the claim with the one right after it in the text. */
export function MergeClaimButton({
  claim,
  next,
  merge,
}: {
  claim: WorkspaceClaim;
  next: WorkspaceClaim | null;
  merge: WorkspaceActions["mergeClaims"];
}) {
  const t = useTranslations("workspace.merge");
  const [pending, run] = useWorkspaceAction();
  return (
    <div className="flex flex-col gap-1">
      <div>
        <Button
          type="button"
          variant="secondary"
          disabled={pending || !next}
          aria-busy={pending}
          aria-describedby={`merge-note-${claim.id}`}
          onClick={() =>
            next &&
            run(() => merge({ firstId: claim.id, firstVersion: claim.version, secondId: next.id, secondVersion: next.version }))
          }
        >
          {pending ? t("merging") : t("merge")}
        </Button>
      </div>
      <p id={`merge-note-${claim.id}`} className="text-xs text-stone-600">
        {next ? t("next", { quote: shorten(next.quote, 90) }) : t("none")}
      </p>
    </div>
  );
}
