"use client";

import { Button } from "@/components/ui/Button";
import type { WorkspaceClaim } from "@/lib/services/articles/workspaceDto";
import { useWorkspaceAction } from "./outcome";
import type { WorkspaceActions } from "./workspaceActions";

/** An editor approves the reviewer's verdict for publication. */
export function SignOffButton({ claim, signOff }: { claim: WorkspaceClaim; signOff: WorkspaceActions["signOffClaim"] }) {
  const [pending, run] = useWorkspaceAction();
  return (
    <div className="flex flex-col gap-2 rounded-md border border-pink-200 bg-pink-50 p-3 text-sm">
      <p>
        Waiting for sign-off{claim.verdictLabel ? `: rated “${claim.verdictLabel}”` : ""}. Readers see the verdict once it is signed off and the
        article is published.
      </p>
      <div>
        <Button type="button" disabled={pending} aria-busy={pending} onClick={() => run(() => signOff({ claimId: claim.id, version: claim.version }))}>
          {pending ? "Signing off…" : "Sign off verdict"}
        </Button>
      </div>
    </div>
  );
}
