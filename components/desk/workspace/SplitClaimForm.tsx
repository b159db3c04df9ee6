"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Button } from "@/components/ui/Button";
import type { WorkspaceClaim } from "@/lib/services/articles/workspaceDto";
import { useWorkspaceAction } from "./outcome";
import { SelectableTextArea } from "./SelectableTextArea";
import type { WorkspaceActions } from "./workspaceActions";

/** Splits the claim in two where the editor puts the cursor in its quote. */
export function SplitClaimForm({ claim, split }: { claim: WorkspaceClaim; split: WorkspaceActions["splitClaim"] }) {
  const t = useTranslations("workspace.split");
  const quote = useRef<HTMLTextAreaElement>(null);
  const [pending, run] = useWorkspaceAction();

  function splitHere() {
    const at = quote.current?.selectionStart ?? 0;
    run(async () => {
      if (at <= 0 || at >= claim.quote.length) {
        return { ok: false, error: t("cursorOutside") } as const;
      }
      return split({ claimId: claim.id, version: claim.version, at: claim.start + at });
    });
  }

  return (
    <div className="flex flex-col gap-2">
      <SelectableTextArea
        textareaRef={quote}
        label={t("label")}
        rows={3}
        value={claim.quote}
        spellCheck={false}
        textareaClassName="font-serif"
      />
      <div>
        <Button type="button" variant="secondary" disabled={pending} aria-busy={pending} onClick={splitHere}>
          {pending ? t("splitting") : t("split")}
        </Button>
      </div>
    </div>
  );
}
