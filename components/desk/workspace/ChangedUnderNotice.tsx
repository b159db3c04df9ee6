"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";
import type { ChangedUnder } from "./useDraft";

/**
 * Says that someone else saved a new version under what the user is typing, and lets them look at it without losing
 * their text (a save of their own text is refused and says what the other person saved: nothing is overwritten unseen).
 */
export function ChangedUnderNotice({ live }: { live: ChangedUnder }) {
  const t = useTranslations("workspace.changedUnder");
  if (live.changedBy === undefined) return null;
  const who = live.changedBy ?? t("someoneElse");
  return (
    // Announced politely, but not a status: the workspace's one status region is the outcome of the viewer's own actions.
    <div aria-live="polite" className="rounded-md border border-blue-300 bg-blue-50 px-3 py-2 text-sm text-blue-900">
      {live.showingNew ? (
        <>
          {t("showingNew", { who })}{" "}
          <Button type="button" variant="ghost" className="px-0 py-0" onClick={live.backToMine}>
            {t("backToMine")}
          </Button>
        </>
      ) : (
        t.rich("changedBy", {
          who,
          button: (chunks) => (
            <Button type="button" variant="ghost" className="px-0 py-0" onClick={live.showNew}>
              {chunks}
            </Button>
          ),
        })
      )}
    </div>
  );
}
