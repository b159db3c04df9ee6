"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/Button";

/**
 * Changing a signed-off claim's public content sends it back for sign-off: the editor is asked first. `guard(save)`
 * saves at once unless the claim is signed off, in which case it asks, and the warning's button saves.
 */
export function useReopenConfirmation(signedOff: boolean) {
  const [pendingSave, setPendingSave] = useState<(() => void) | null>(null);
  return {
    asking: pendingSave !== null,
    guard(save: () => void) {
      if (signedOff && !pendingSave) setPendingSave(() => save);
      else {
        setPendingSave(null);
        save();
      }
    },
    confirm() {
      const save = pendingSave;
      setPendingSave(null);
      save?.();
    },
    cancel: () => setPendingSave(null),
  };
}

export function ReopenWarning({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const t = useTranslations("review.reopenWarning");
  return (
    <div role="group" aria-label={t("group")} className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
      <p className="font-medium text-amber-950">{t("text")}</p>
      <div className="flex gap-2">
        <Button type="button" autoFocus onClick={onConfirm}>
          {t("confirm")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("keep")}
        </Button>
      </div>
    </div>
  );
}
