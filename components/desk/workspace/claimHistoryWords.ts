import type { useFormatter, useTranslations } from "next-intl";
import type { HistoryEvent, HistoryStep, HistoryVerdict } from "@/lib/domain/claimHistory";
import { joinPhrases, type SharedWords } from "./phraseList";

// A claim's history (lib/domain/claimHistory.ts) in the interface's words: "Eddie Editor assigned it to Rita Reviewer".

export type HistoryWords = ReturnType<typeof useTranslations<"review.claimHistory">>;
type Format = ReturnType<typeof useFormatter>;

/** Who did it: a name, or the system for entries no person made. */
export function historyWho(event: HistoryEvent, t: HistoryWords): string {
  return event.who ?? t("system");
}

/** What they did, as one phrase ("gave the verdict …, wrote the public explanation and sent it for sign-off"). */
export function historyWhat(event: HistoryEvent, t: HistoryWords, shared: SharedWords, format: Format): string {
  const steps = joinPhrases(
    event.steps.map((step) => stepWords(step, t, format)),
    shared,
  );
  return event.reopened ? t("reopened", { steps }) : steps;
}

function stepWords(step: HistoryStep, t: HistoryWords, format: Format): string {
  const person = (name: string | null) => name ?? t("someoneGone");
  const verdict = (v: HistoryVerdict) => (v ? t("verdict", { label: v.label, version: v.scaleVersion }) : t("verdictGone"));
  const day = (value: string) => {
    const date = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? value : format.dateTime(date, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  };
  switch (step.step) {
    case "setStatement":
    case "setClaimant":
      return t(step.step, { to: step.to });
    case "changedStatement":
    case "changedClaimant":
      return t(step.step, { from: step.from, to: step.to });
    case "assigned":
      return t("assigned", { to: person(step.to) });
    case "tookBack":
      return t("tookBack", { from: person(step.from) });
    case "reassigned":
      return t("reassigned", { from: person(step.from), to: person(step.to) });
    case "setDueDate":
      return t("setDueDate", { to: day(step.to) });
    case "movedDueDate":
      return t("movedDueDate", { from: day(step.from), to: day(step.to) });
    case "gaveVerdict":
    case "removedVerdict":
    case "signedOff":
      return t(step.step, { verdict: verdict(step.verdict) });
    case "changedVerdict":
      return t("changedVerdict", { from: verdict(step.from), to: verdict(step.to) });
    case "changedSources":
      return t("changedSources", { count: step.count });
    case "setStatus":
    case "restored":
      return t(step.step, { status: statusWord(step.status, t) });
    case "other":
      // An audit code this version does not describe: shown as recorded.
      return step.action;
    case "created":
    case "createdFromSuggestion":
    case "savedClaimUnchanged":
    case "confirmedPlace":
    case "attachedNewWords":
    case "savedAssignmentUnchanged":
    case "removedDueDate":
    case "savedReviewUnchanged":
    case "wroteExplanation":
    case "editedExplanation":
    case "sentForSignoff":
    case "returned":
    case "dismissed":
    case "split":
    case "merged":
    case "deleted":
    case "commented":
    case "editedComment":
    case "deletedComment":
      return t(step.step);
  }
}

/** A workflow status in words, lower case, inside a sentence ("set it to in review"). */
function statusWord(status: string, t: HistoryWords): string {
  switch (status) {
    case "new":
      return t("statusNew");
    case "in_progress":
      return t("statusInProgress");
    case "needs_signoff":
      return t("statusNeedsSignoff");
    case "signed_off":
      return t("statusSignedOff");
    case "dismissed":
      return t("statusDismissed");
    default:
      return status;
  }
}
