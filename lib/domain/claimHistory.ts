// A claim's history as steps an editor reads without a legend, from the audit log's entries about it. The steps are
// codes with the values their words need: the interface words them in the reader's language
// (components/desk/workspace/claimHistoryWords.ts).

/** One audit entry as recorded: who (null: the system), what, and the JSON before and after. */
export type HistoryEntry = { at: Date; actorName: string | null; action: string; before: unknown; after: unknown };

/** Names for the ids the entries hold. */
export type HistoryNames = {
  user: (id: string) => string | undefined;
  /** `lineageId` is the same for one verdict across versions of the rating scale. */
  verdict: (id: string) => { label: string; scaleVersion: number; lineageId?: string } | undefined;
};

/** A verdict an entry names, as rated on a version of the rating scale; null when it is no longer on file. */
export type HistoryVerdict = { label: string; scaleVersion: number } | null;

/** One thing an entry did. A name that is null is of someone no longer on file. */
export type HistoryStep =
  | {
      step:
        | "created"
        | "createdFromSuggestion"
        | "savedClaimUnchanged"
        | "confirmedPlace"
        | "attachedNewWords"
        | "savedAssignmentUnchanged"
        | "removedDueDate"
        | "savedReviewUnchanged"
        | "wroteExplanation"
        | "editedExplanation"
        | "sentForSignoff"
        | "returned"
        | "dismissed"
        | "split"
        | "merged"
        | "deleted"
        | "commented"
        | "editedComment"
        | "deletedComment";
    }
  | { step: "setStatement" | "setClaimant"; to: string }
  | { step: "changedStatement" | "changedClaimant"; from: string; to: string }
  | { step: "assigned"; to: string | null }
  | { step: "tookBack"; from: string | null }
  | { step: "reassigned"; from: string | null; to: string | null }
  /** Days as recorded, "2026-12-03". */
  | { step: "setDueDate"; to: string }
  | { step: "movedDueDate"; from: string; to: string }
  | { step: "gaveVerdict" | "removedVerdict" | "signedOff"; verdict: HistoryVerdict }
  | { step: "changedVerdict"; from: HistoryVerdict; to: HistoryVerdict }
  | { step: "changedSources"; count: number }
  /** A workflow status code: new, in_progress, needs_signoff, signed_off, dismissed. */
  | { step: "setStatus" | "restored"; status: string }
  /** An action this file does not describe, by its audit code. */
  | { step: "other"; action: string };

/**
 * One line of the timeline: "Eddie Editor assigned it to Rita Reviewer", with a quote or comment as detail. Several
 * changes in one save are several steps of one line ("…, and …"); `reopened` when the change sent a signed-off claim
 * back for sign-off.
 */
export type HistoryEvent = { at: Date; who: string | null; steps: HistoryStep[]; reopened?: boolean; detail?: string };

type Fields = Record<string, unknown>;

/** Describes one entry. */
export function describeHistoryEntry(entry: HistoryEntry, names: HistoryNames): HistoryEvent {
  const before = asFields(entry.before);
  const after = asFields(entry.after);
  const event = (steps: HistoryStep[], detail?: string, reopened?: boolean): HistoryEvent => ({
    at: entry.at,
    who: entry.actorName,
    steps,
    ...(reopened ? { reopened } : {}),
    ...(detail ? { detail } : {}),
  });
  const one = (step: HistoryStep, detail?: string) => event([step], detail);
  const reopens = before.status === "signed_off" && after.status === "needs_signoff";
  switch (entry.action) {
    case "claim.create":
      return one({ step: "created" }, text(after.quote));
    case "claim.accept_suggestions":
      return one({ step: "createdFromSuggestion" });
    case "claim.edit": {
      const steps = present([changed("Statement", before.statement, after.statement), changed("Claimant", before.claimant, after.claimant)]);
      return event(steps.length ? steps : [{ step: "savedClaimUnchanged" }], undefined, reopens);
    }
    case "claim.anchor": {
      const confirmed = before.anchorState !== "ok" && before.quote === after.quote;
      return event([{ step: confirmed ? "confirmedPlace" : "attachedNewWords" }], text(after.quote), reopens);
    }
    case "claim.assign": {
      const steps = present([assignment(before.reviewerId, after.reviewerId, names), dueDate(before.dueOn, after.dueOn)]);
      return event(steps.length ? steps : [{ step: "savedAssignmentUnchanged" }]);
    }
    case "claim.review": {
      const steps = review(before, after, names);
      return event(steps.length ? steps : [{ step: "savedReviewUnchanged" }]);
    }
    case "claim.sign_off":
      return one({ step: "signedOff", verdict: verdictOf(after.verdictId, names) });
    case "claim.return":
      return one({ step: "returned" }, text(after.comment));
    case "claim.dismiss":
      return one({ step: "dismissed" }, text(after.reason));
    case "claim.restore":
      return one({ step: "restored", status: String(after.status) });
    case "claim.split":
      return one({ step: "split" });
    case "claim.merge":
      return one({ step: "merged" }, text(after.quote));
    case "claim.delete":
      return one({ step: "deleted" });
    case "comment.create":
      return one({ step: "commented" }, text(after.body));
    case "comment.edit":
      return one({ step: "editedComment" }, text(after.body));
    case "comment.delete":
      return one({ step: "deletedComment" });
    default:
      return one({ step: "other", action: entry.action });
  }
}

function review(before: Fields, after: Fields, names: HistoryNames): HistoryStep[] {
  const steps: HistoryStep[] = [];
  // A review saved on a newer version of the rating scale has its verdict under that version's row: not a change.
  if (before.verdictId !== after.verdictId && !sameVerdict(before.verdictId, after.verdictId, names)) {
    if (!after.verdictId) steps.push({ step: "removedVerdict", verdict: verdictOf(before.verdictId, names) });
    else if (!before.verdictId) steps.push({ step: "gaveVerdict", verdict: verdictOf(after.verdictId, names) });
    else steps.push({ step: "changedVerdict", from: verdictOf(before.verdictId, names), to: verdictOf(after.verdictId, names) });
  }
  if ((before.publicExplanation ?? "") !== (after.publicExplanation ?? "")) {
    steps.push({ step: before.publicExplanation ? "editedExplanation" : "wroteExplanation" });
  }
  const sourcesBefore = Array.isArray(before.sources) ? before.sources : null;
  const sourcesAfter = Array.isArray(after.sources) ? after.sources : [];
  if (sourcesBefore === null ? sourcesAfter.length > 0 : JSON.stringify(sourcesBefore) !== JSON.stringify(sourcesAfter)) {
    steps.push({ step: "changedSources", count: sourcesAfter.length });
  }
  if (before.status !== after.status) {
    steps.push(after.status === "needs_signoff" ? { step: "sentForSignoff" } : { step: "setStatus", status: String(after.status) });
  }
  return steps;
}

function assignment(from: unknown, to: unknown, names: HistoryNames): HistoryStep | null {
  if (from === to) return null;
  if (!to) return { step: "tookBack", from: userName(from, names) };
  if (!from) return { step: "assigned", to: userName(to, names) };
  return { step: "reassigned", from: userName(from, names), to: userName(to, names) };
}

function dueDate(from: unknown, to: unknown): HistoryStep | null {
  if ((from ?? null) === (to ?? null)) return null;
  if (!to) return { step: "removedDueDate" };
  return from ? { step: "movedDueDate", from: String(from), to: String(to) } : { step: "setDueDate", to: String(to) };
}

function changed(what: "Statement" | "Claimant", from: unknown, to: unknown): HistoryStep | null {
  if (from === to || to === undefined) return null;
  if (!from) return { step: `set${what}`, to: String(to) };
  return { step: `changed${what}`, from: String(from), to: String(to) };
}

/** The same verdict under the same name on two versions of the scale (a renamed one is shown as a change). */
function sameVerdict(a: unknown, b: unknown, names: HistoryNames): boolean {
  const [first, second] = [a, b].map((id) => (typeof id === "string" ? names.verdict(id) : undefined));
  return Boolean(first?.lineageId) && first?.lineageId === second?.lineageId && first?.label === second?.label;
}

function verdictOf(id: unknown, names: HistoryNames): HistoryVerdict {
  const verdict = typeof id === "string" ? names.verdict(id) : undefined;
  return verdict ? { label: verdict.label, scaleVersion: verdict.scaleVersion } : null;
}

function userName(id: unknown, names: HistoryNames): string | null {
  return (typeof id === "string" && names.user(id)) || null;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value ? value : undefined;
}

function present(steps: (HistoryStep | null)[]): HistoryStep[] {
  return steps.filter((step): step is HistoryStep => step !== null);
}

function asFields(value: unknown): Fields {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Fields) : {};
}
