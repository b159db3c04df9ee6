"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { TextAreaField } from "@/components/ui/TextAreaField";
import type { WorkspaceActions } from "./workspaceActions";

/**
 * Retracts a public fact-check in two steps: the public reason, then a confirmation saying what readers will see.
 * A failure keeps the reason typed.
 */
export function RetractControl({
  articleId,
  version,
  publishedVersion,
  retract,
}: {
  articleId: string;
  version: number;
  /** The published version shown: a colleague's newer one is refused, not retracted unread. */
  publishedVersion: number;
  retract: WorkspaceActions["retractArticle"];
}) {
  const t = useTranslations("review.retractControl");
  const shared = useTranslations("review.shared");
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
      setReasonError(t("reasonRequired"));
      return;
    }
    setReasonError(undefined);
    go("confirm", "confirm");
  }

  function confirm() {
    setError(null);
    start(async () => {
      try {
        const result = await retract({ articleId, version, publishedVersion, reason });
        if (result.ok) return; // The page refreshes and shows the article as retracted.
        setError(result.error);
        if (result.fieldErrors?.reason) {
          setReasonError(result.fieldErrors.reason);
          setStep("reason");
        }
      } catch {
        setError(shared("notReached"));
      }
    });
  }

  if (step === "closed") {
    return (
      <Button id={ids.opener} type="button" variant="secondary" onClick={() => go("reason")}>
        {t("open")}
      </Button>
    );
  }
  return (
    <div className="flex w-full max-w-2xl flex-col gap-2 rounded-md border border-red-300 bg-white p-3">
      {step === "reason" ? (
        <form onSubmit={toConfirm} noValidate aria-label={t("form")} className="flex flex-col gap-2">
          <TextAreaField
            label={t("reason")}
            hint={t("reasonHint")}
            rows={3}
            required
            autoFocus
            value={reason}
            error={reasonError}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit">{t("continue")}</Button>
            <Button type="button" variant="secondary" onClick={() => go("closed", "opener")}>
              {shared("cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <div role="group" aria-labelledby={ids.confirm} className="flex flex-col gap-2 text-sm">
          <p id={ids.confirm} tabIndex={-1} className="font-medium">
            {t("confirm")}
          </p>
          <blockquote className="border-s-4 border-stone-300 ps-3 break-words">{reason.trim()}</blockquote>
          <p>{t("later")}</p>
          {error ? (
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900">
              {error}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="danger" disabled={pending} aria-busy={pending} onClick={confirm}>
              {pending ? t("retracting") : t("retract")}
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => go("reason")}>
              {t("back")}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
