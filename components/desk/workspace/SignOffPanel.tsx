"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { TextAreaField } from "@/components/ui/TextAreaField";
import type { WorkspaceClaim } from "@/lib/services/articles/workspaceDto";
import { useWorkspaceAction } from "./outcome";
import type { WorkspaceActions } from "./workspaceActions";

/**
 * A verdict waiting for sign-off: an editor approves it, or returns it to the reviewer saying what to change. Whoever
 * sent it for sign-off, or changed it since, is told another editor must approve it.
 */
export function SignOffPanel({
  claim,
  currentUserId,
  signOff,
  returnToReviewer,
}: {
  claim: WorkspaceClaim;
  currentUserId: string;
  signOff: WorkspaceActions["signOffClaim"];
  returnToReviewer: WorkspaceActions["returnClaim"];
}) {
  const t = useTranslations("review.signOffPanel");
  const shared = useTranslations("review.shared");
  const [pending, run] = useWorkspaceAction();
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | undefined>();
  const ownVerdict = claim.submittedBy === currentUserId;
  const ownChange = !ownVerdict && claim.pendingAuthors.includes(currentUserId);
  const barred = ownVerdict || ownChange;

  function sendBack(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    run(() => returnToReviewer({ claimId: claim.id, version: claim.version, comment }), {
      success: () => (claim.reviewerName ? t("returnedTo", { number: claim.number, reviewer: claim.reviewerName }) : t("returned", { number: claim.number })),
      onSuccess: () => {
        setReturning(false);
        setComment("");
      },
      onFailure: (r) => setError(r.fieldErrors?.comment ?? r.error),
    });
  }

  return (
    <div className="flex flex-col gap-2 rounded-md border border-pink-200 bg-pink-50 p-3 text-sm">
      <p>{claim.verdictLabel ? t("waitingRated", { verdict: claim.verdictLabel }) : t("waiting")}</p>
      {barred ? (
        <p className="font-medium">
          {ownVerdict ? t("ownVerdict") : t("ownChange")}
        </p>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button type="button" disabled={pending} aria-busy={pending} onClick={() => run(() => signOff({ claimId: claim.id, version: claim.version }))}>
            {pending && !returning ? t("signingOff") : t("signOff")}
          </Button>
          {!returning ? (
            <Button type="button" variant="secondary" disabled={pending} onClick={() => setReturning(true)}>
              {t("openReturn")}
            </Button>
          ) : null}
        </div>
      )}
      {returning && !barred ? (
        <form onSubmit={sendBack} noValidate aria-label={t("returnForm")} className="flex flex-col gap-2">
          <TextAreaField
            label={t("comment")}
            hint={t("commentHint")}
            rows={3}
            value={comment}
            error={error}
            autoFocus
            onChange={(e) => setComment(e.target.value)}
          />
          <div className="flex gap-2">
            <Button type="submit" disabled={pending} aria-busy={pending}>
              {pending ? t("returning") : t("return")}
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => setReturning(false)}>
              {shared("cancel")}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
