"use client";

import { useTranslations } from "next-intl";
import { createContext, useCallback, useContext, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/web/actionResult";
import { notSentMessage } from "../sendable";
import { OutcomeRegion, type Outcome } from "./OutcomeRegion";

export type Report = (outcome: Omit<Outcome, "n">) => void;

export const ReportContext = createContext<Report>(() => {});

type RunOptions<T> = {
  /** The success text; defaults to the action's own message. */
  success?: (data: T) => string;
  onSuccess?: (data: T) => void;
  onFailure?: (result: { error: string; fieldErrors?: Record<string, string>; conflict?: string[] }) => void;
};

/**
 * Runs a server action in a transition (so `pending` covers the action and the page refresh it triggers) and
 * reports its outcome to the workspace's live region.
 */
export function useWorkspaceAction() {
  const report = useContext(ReportContext);
  const t = useTranslations("review");
  const [pending, startTransition] = useTransition();
  const run = useCallback(
    <T,>(work: () => Promise<ActionResult<T>>, options: RunOptions<T> = {}) => {
      startTransition(async () => {
        let result: ActionResult<T>;
        try {
          result = await work();
        } catch (error) {
          result = { ok: false, error: notSentMessage(error, t("shared.notReached")) };
        }
        // Updates after an await are not part of the transition unless wrapped again: wrapped, the outcome is shown
        // together with the refreshed page, so nobody acts on a form that still holds the old version.
        startTransition(() => {
          if (result.ok) {
            report({ tone: "success", text: options.success?.(result.data) ?? result.message ?? t("outcome.done") });
            options.onSuccess?.(result.data);
          } else {
            report({ tone: "error", text: result.error, details: result.conflict, reload: reloadCanMend(result) });
            options.onFailure?.(result);
          }
        });
      });
    },
    [report, t],
  );
  return [pending, run] as const;
}

/** Whether reloading the article can mend a failure: not input refused beside its fields (mended there; a reload would only lose what was typed). */
export function reloadCanMend(failure: { fieldErrors?: Record<string, string> }): boolean {
  return !failure.fieldErrors || Object.keys(failure.fieldErrors).length === 0;
}

/** Holds the outcome of the last action for the workspace below it and shows it in a sticky live region. */
export function OutcomeProvider({ children }: { children: React.ReactNode }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const report = useCallback<Report>((outcome) => setOutcome((prev) => ({ ...outcome, n: (prev?.n ?? 0) + 1 })), []);
  return (
    <ReportContext.Provider value={report}>
      <OutcomeRegion outcome={outcome} onDismiss={() => setOutcome(null)} />
      {children}
    </ReportContext.Provider>
  );
}
