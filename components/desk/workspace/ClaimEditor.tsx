"use client";

import { useFormatter, useTranslations } from "next-intl";
import { DAY_IN_UTC, storedDay } from "@/components/ui/dateFormats";
import type { WorkspaceClaim, WorkspaceDto } from "@/lib/services/articles/workspaceDto";
import { AnchorFlagPanel } from "./AnchorFlagPanel";
import { AssignReviewerForm } from "./AssignReviewerForm";
import { CheckedBefore } from "./CheckedBefore";
import { ClaimDetailsForm } from "./ClaimDetailsForm";
import { STATUS_STYLE } from "./claimStatus";
import { useClaimStatusWords } from "./claimStatusWords";
import { Conversation } from "./Conversation";
import type { ConversationActions } from "./conversationActions";
import type { MatchActions } from "./matchActions";
import { DeleteClaimControl } from "./DeleteClaimControl";
import { MergeClaimButton } from "./MergeClaimButton";
import { ReviewForm } from "./ReviewForm";
import { ClaimHistory } from "./ClaimHistory";
import { DismissClaimControl } from "./DismissClaimControl";
import { SignOffPanel } from "./SignOffPanel";
import { SplitClaimForm } from "./SplitClaimForm";
import type { WorkspaceActions } from "./workspaceActions";
import { languageAttributes } from "@/lib/domain/languages";

export const CLAIM_EDITOR_HEADING = "claim-editor-heading";

/**
 * Everything about the selected claim. Editors change it; a reviewer sees it read-only, with the review form on
 * claims assigned to them. (The services check all of this again: hidden controls are only a convenience.)
 */
export function ClaimEditor({
  workspace,
  claim,
  next,
  currentUserId,
  actions,
  conversation,
  matches,
  onAttach,
}: {
  workspace: Pick<WorkspaceDto, "article" | "permissions" | "reviewers" | "verdicts">;
  claim: WorkspaceClaim;
  next: WorkspaceClaim | null;
  currentUserId: string;
  actions: WorkspaceActions;
  conversation: ConversationActions;
  matches: MatchActions;
  onAttach: (claimId: string) => void;
}) {
  const t = useTranslations("workspace.claimEditor");
  const format = useFormatter();
  const words = useClaimStatusWords();
  const { article, permissions } = workspace;
  const canEdit = permissions.editClaims;
  const canReview = canEdit || (claim.reviewerId !== null && claim.reviewerId === currentUserId);
  const flag = words.flag[claim.anchorState];
  const section = "flex flex-col gap-3 border-t border-stone-200 pt-3";
  return (
    <section aria-labelledby={CLAIM_EDITOR_HEADING} data-claim-editor className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={CLAIM_EDITOR_HEADING} tabIndex={-1} className="text-base font-semibold">
          {t("heading", { number: claim.number })}
        </h2>
        <a href={`#claim-${claim.id}`} className="text-sm text-blue-800 underline-offset-2 hover:underline">
          {t("link")}
        </a>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-stone-600">{t("status")}</dt>
        <dd className="flex flex-wrap items-center gap-2">
          <span className="inline-flex items-center gap-1">
            <span aria-hidden className={`size-2 rounded-full ${STATUS_STYLE[claim.status].swatch}`} />
            {words.status[claim.status]}
          </span>
          {flag ? <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">{flag}</span> : null}
        </dd>
        <dt className="text-stone-600">{t("reviewer")}</dt>
        <dd>{claim.dueOn ? t("due", { reviewer: claim.reviewerName ?? t("nobodyYet"), date: format.dateTime(storedDay(claim.dueOn), DAY_IN_UTC) }) : (claim.reviewerName ?? t("nobodyYet"))}</dd>
        <dt className="text-stone-600">{t("verdict")}</dt>
        {claim.verdictLabel ? <dd {...languageAttributes(claim.verdictLanguage)}>{claim.verdictLabel}</dd> : <dd>{t("noneYet")}</dd>}
        {claim.checkWorthiness !== null ? (
          <>
            <dt className="text-stone-600">{t("score")}</dt>
            <dd>{format.number(claim.checkWorthiness, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</dd>
          </>
        ) : null}
      </dl>
      <figure className="flex flex-col gap-1">
        <figcaption className="text-xs text-stone-600">{claim.anchorState === "orphaned" ? t("wordsAttached") : t("inText")}</figcaption>
        <blockquote className="border-s-4 border-stone-300 ps-3 font-serif text-stone-800">{claim.quote}</blockquote>
      </figure>

      {canEdit && claim.anchorState !== "ok" ? (
        <AnchorFlagPanel textRevision={article.textRevision} claim={claim} move={actions.moveClaimAnchor} onAttach={onAttach} />
      ) : null}

      {canEdit ? (
        <ClaimDetailsForm claim={claim} edit={actions.editClaim} />
      ) : (
        <div className="flex flex-col gap-1 text-sm">
          <p>
            <span className="text-stone-600">{t("statement")} </span>
            {claim.statement}
          </p>
          <p>
            <span className="text-stone-600">{t("claimant")} </span>
            {!claim.claimant
              ? t("notGiven")
              : claim.claimantType
                ? t("claimantKind", { claimant: claim.claimant, kind: claim.claimantType })
                : claim.claimant}
          </p>
        </div>
      )}

      {canEdit && claim.anchorState !== "orphaned" ? (
        <div className={section}>
          <MergeClaimButton claim={claim} next={next} merge={actions.mergeClaims} />
          <SplitClaimForm claim={claim} split={actions.splitClaim} />
        </div>
      ) : null}

      {permissions.assign ? (
        <div className={section}>
          <AssignReviewerForm claim={claim} reviewers={workspace.reviewers} assign={actions.assignReviewer} />
        </div>
      ) : null}

      {claim.status !== "dismissed" ? (
        <CheckedBefore articleId={article.id} claim={claim} canDecide={canEdit} canCopy={canReview} actions={matches} />
      ) : null}

      {canReview && claim.status !== "dismissed" ? (
        <div className={section}>
          <ReviewForm claim={claim} verdicts={workspace.verdicts} review={actions.reviewClaim} />
        </div>
      ) : null}

      {/* After the explanation and sources it approves, so an editor reads them before signing off. */}
      {permissions.signOff && claim.status === "needs_signoff" ? (
        <SignOffPanel claim={claim} currentUserId={currentUserId} signOff={actions.signOffClaim} returnToReviewer={actions.returnClaim} />
      ) : null}

      <Conversation claimId={claim.id} actions={conversation} />

      {canEdit ? (
        <div className={section}>
          <DismissClaimControl claim={claim} dismiss={actions.dismissClaim} restore={actions.restoreClaim} />
          <DeleteClaimControl claim={claim} remove={actions.deleteClaim} />
        </div>
      ) : claim.status === "dismissed" ? (
        <p className={`${section} text-sm`}>
          <span className="font-medium">{t("dismissed")}</span> {claim.dismissedReason}
        </p>
      ) : null}

      <div className={section}>
        <ClaimHistory claimId={claim.id} version={claim.version} load={actions.loadClaimHistory} />
      </div>
    </section>
  );
}
