"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useContext, useTransition } from "react";
import { LiveChangesContext } from "@/components/staff/liveChanges";

/**
 * What the last workspace action came to, shown in the one outcome region. `reload: false`: a failure that reloading
 * cannot mend (bad input, said beside its field), which offers no "Reload the article".
 */
export type Outcome = { tone: "success" | "error"; text: string; details?: string[]; reload?: boolean; n: number };

/**
 * The outcome of the last action: successes in a polite live region, failures as an alert. Both containers are
 * always in the page, so screen readers announce what appears in them.
 */
export function OutcomeRegion({ outcome, onDismiss }: { outcome: Outcome | null; onDismiss: () => void }) {
  const t = useTranslations("review.outcome");
  const router = useRouter();
  const [reloading, startReload] = useTransition();
  const live = useContext(LiveChangesContext);
  return (
    <div className="sticky top-0 z-20 flex flex-col gap-1">
      <div role="status" aria-live="polite">
        {outcome?.tone === "success" ? (
          <p key={outcome.n} className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900 shadow-sm">
            {outcome.text}
          </p>
        ) : null}
      </div>
      <div role="alert">
        {outcome?.tone === "error" ? (
          <div key={outcome.n} className="flex flex-wrap items-center gap-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 shadow-sm">
            <div className="flex-1">
              <p>{outcome.text}</p>
              {outcome.details?.length ? (
                <ul className="mt-1 list-disc ps-5">
                  {outcome.details.map((line, i) => (
                    <li key={i} className="break-words">
                      {line}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
            {outcome.reload === false ? null : (
              <button
                type="button"
                className="rounded-md border border-red-300 bg-white px-2 py-1 hover:bg-red-100"
                disabled={reloading}
                onClick={() =>
                  startReload(() => {
                    onDismiss();
                    live?.acknowledge();
                    router.refresh();
                  })
                }
              >
                {reloading ? t("reloading") : t("reload")}
              </button>
            )}
          </div>
        ) : null}
      </div>
    </div>
  );
}
