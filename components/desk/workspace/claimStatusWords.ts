import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { WorkspaceClaim } from "@/lib/services/articles/workspaceDto";
import type { ClaimStatus } from "./claimStatus";

/**
 * A claim's workflow status, its underline's description and its anchor flag in the interface's language (the words
 * beside claimStatus.ts's colours and order). Worked out once per language: a long text asks for them per paragraph.
 */
export function useClaimStatusWords() {
  const status = useTranslations("workspace.claimStatus");
  const line = useTranslations("workspace.statusLine");
  const flag = useTranslations("workspace.anchorFlag");
  return useMemo(
    () => ({
      status: {
        new: status("new"),
        in_progress: status("in_progress"),
        needs_signoff: status("needs_signoff"),
        signed_off: status("signed_off"),
        dismissed: status("dismissed"),
      } satisfies Record<ClaimStatus, string>,
      line: {
        new: line("new"),
        in_progress: line("in_progress"),
        needs_signoff: line("needs_signoff"),
        signed_off: line("signed_off"),
        dismissed: line("dismissed"),
      } satisfies Record<ClaimStatus, string>,
      flag: { ok: null, changed: flag("changed"), orphaned: flag("orphaned") } satisfies Record<WorkspaceClaim["anchorState"], string | null>,
    }),
    [status, line, flag],
  );
}
