"use client";

import { useEffect, useId, useRef, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { TextAreaField } from "@/components/ui/TextAreaField";
import type { WorkspaceActions } from "./workspaceActions";

const REASON_REQUIRED = "Say why the fact-check is retracted: readers see this.";

/**
 * Retracts a public fact-check in two steps: the public reason, then a confirmation saying what readers will see.
 * A failure keeps the reason typed.
 */
export function RetractControl({ articleId, version, retract }: { articleId: string; version: number; retract: WorkspaceActions["retractArticle"] }) {
  const [step, setStep] = useState<"closed" | "reason" | "confirm">("closed");
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const ids = { opener: useId(), confirm: useId() };
  const focusNext = useRef<"opener" | "confirm" | null>(null);
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    document.getElementById(ids[target])?.focus();
  });

  function go(next: typeof step, focus?: "opener" | "confirm") {
    setStep(next);
    focusNext.current = focus ?? null;
  }

  function toConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError(REASON_REQUIRED);
      return;
    }
    setReasonError(undefined);
    go("confirm", "confirm");
  }

  function confirm() {
    setError(null);
    start(async () => {
      try {
        const result = await retract({ articleId, version, reason });
        if (result.ok) return; // The page refreshes and shows the article as retracted.
        setError(result.error);
        if (result.fieldErrors?.reason) {
          setReasonError(result.fieldErrors.reason);
          setStep("reason");
        }
      } catch {
        setError("The server could not be reached. Check your connection and try again.");
      }
    });
  }

  if (step === "closed") {
    return (
      <Button id={ids.opener} type="button" variant="secondary" onClick={() => go("reason")}>
        Retract…
      </Button>
    );
  }
  return (
    <div className="flex w-full max-w-2xl flex-col gap-2 rounded-md border border-red-300 bg-white p-3">
      {step === "reason" ? (
        <form onSubmit={toConfirm} noValidate aria-label="Retract" className="flex flex-col gap-2">
          <TextAreaField
            label="Why is it retracted? (readers see this)"
            hint="Required. Readers who open the fact-check see this reason instead of the article."
            rows={3}
            required
            autoFocus
            value={reason}
            error={reasonError}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit">Continue</Button>
            <Button type="button" variant="secondary" onClick={() => go("closed", "opener")}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div role="group" aria-labelledby={ids.confirm} className="flex flex-col gap-2 text-sm">
          <p id={ids.confirm} tabIndex={-1} className="font-medium">
            Retract this fact-check? Readers will no longer see it: its page will say that it was retracted, when, and why:
          </p>
          <blockquote className="border-l-4 border-stone-300 pl-3 break-words">{reason.trim()}</blockquote>
          <p>You can publish it again later as a new version.</p>
          {error ? (
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900">
              {error}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="danger" disabled={pending} aria-busy={pending} onClick={confirm}>
              {pending ? "Retracting…" : "Retract fact-check"}
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => go("reason")}>
              Go back
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
