// A claim's history in words an editor reads without a legend, from the audit log's entries about it.

/** One audit entry as recorded: who, what, and the JSON before and after. */
export type HistoryEntry = { at: Date; actorName: string; action: string; before: unknown; after: unknown };

/** Names for the ids the entries hold. */
export type HistoryNames = {
  user: (id: string) => string | undefined;
  /** `lineageId` is the same for one verdict across versions of the rating scale. */
  verdict: (id: string) => { label: string; scaleVersion: number; lineageId?: string } | undefined;
};

/** One line of the timeline: "Eddie Editor assigned it to Rita Reviewer", with a quote or comment as detail. */
export type HistoryEvent = { at: Date; who: string; what: string; detail?: string };

type Fields = Record<string, unknown>;

const STATUS_WORDS: Record<string, string> = {
  new: "new",
  in_progress: "in progress",
  needs_signoff: "waiting for sign-off",
  signed_off: "signed off",
  dismissed: "dismissed",
};

/** Describes one entry; several changes in one save become one sentence ("…, and …"). */
export function describeHistoryEntry(entry: HistoryEntry, names: HistoryNames): HistoryEvent {
  const before = asFields(entry.before);
  const after = asFields(entry.after);
  const event = (what: string, detail?: string): HistoryEvent => ({ at: entry.at, who: entry.actorName, what, detail });
  switch (entry.action) {
    case "claim.create":
      return event("created the claim", text(after.quote));
    case "claim.accept_suggestions":
      return event("created the claim from a suggested sentence");
    case "claim.edit":
      return event(reopened(join([changed("the statement", before.statement, after.statement), changed("the claimant", before.claimant, after.claimant)]) || "saved the claim without changes", before, after));
    case "claim.anchor": {
      const place = before.anchorState !== "ok" && before.quote === after.quote ? "confirmed its place in the text" : "attached it to new words";
      return event(reopened(place, before, after), text(after.quote));
    }
    case "claim.assign":
      return event(join([assignment(before.reviewerId, after.reviewerId, names), dueDate(before.dueOn, after.dueOn)]) || "saved the assignment without changes");
    case "claim.review":
      return event(review(before, after, names) || "saved the review without changes");
    case "claim.sign_off":
      return event(`signed off the verdict ${verdictName(after.verdictId, names)}`);
    case "claim.return":
      return event("returned it to the reviewer", text(after.comment));
    case "claim.dismiss":
      return event("dismissed it as not worth checking", text(after.reason));
    case "claim.restore":
      return event(`restored it (now ${statusWord(after.status)})`);
    case "claim.split":
      return event("split it in two");
    case "claim.merge":
      return event("merged the next claim into it", text(asFields(after).quote));
    case "claim.delete":
      return event("deleted it");
    case "comment.create":
      return event("commented", text(after.body));
    case "comment.edit":
      return event("edited a comment", text(after.body));
    case "comment.delete":
      return event("deleted a comment");
    default:
      return event(entry.action);
  }
}

function review(before: Fields, after: Fields, names: HistoryNames): string {
  const parts: string[] = [];
  // A review saved on a newer version of the rating scale has its verdict under that version's row: not a change.
  if (before.verdictId !== after.verdictId && !sameVerdict(before.verdictId, after.verdictId, names)) {
    if (!after.verdictId) parts.push(`removed the verdict ${verdictName(before.verdictId, names)}`);
    else if (!before.verdictId) parts.push(`gave the verdict ${verdictName(after.verdictId, names)}`);
    else parts.push(`changed the verdict from ${verdictName(before.verdictId, names)} to ${verdictName(after.verdictId, names)}`);
  }
  if ((before.publicExplanation ?? "") !== (after.publicExplanation ?? "")) {
    parts.push(before.publicExplanation ? "edited the public explanation" : "wrote the public explanation");
  }
  const sourcesBefore = Array.isArray(before.sources) ? before.sources : null;
  const sourcesAfter = Array.isArray(after.sources) ? after.sources : [];
  if (sourcesBefore === null ? sourcesAfter.length > 0 : JSON.stringify(sourcesBefore) !== JSON.stringify(sourcesAfter)) {
    parts.push(`changed the sources (now ${sourcesAfter.length})`);
  }
  if (before.status !== after.status) {
    parts.push(after.status === "needs_signoff" ? "sent it for sign-off" : `set it to ${statusWord(after.status)}`);
  }
  return join(parts);
}

function assignment(from: unknown, to: unknown, names: HistoryNames): string {
  if (from === to) return "";
  if (!to) return `took it back from ${userName(from, names)}`;
  if (!from) return `assigned it to ${userName(to, names)}`;
  return `reassigned it from ${userName(from, names)} to ${userName(to, names)}`;
}

function dueDate(from: unknown, to: unknown): string {
  if ((from ?? null) === (to ?? null)) return "";
  if (!to) return "removed the due date";
  return from ? `moved the due date from ${day(from)} to ${day(to)}` : `set the due date to ${day(to)}`;
}

function changed(what: string, from: unknown, to: unknown): string {
  if (from === to || to === undefined) return "";
  if (!from) return `set ${what} to “${to}”`;
  return `changed ${what} from “${from}” to “${to}”`;
}

function reopened(sentence: string, before: Fields, after: Fields): string {
  return before.status === "signed_off" && after.status === "needs_signoff" ? `${sentence}, so it waits for sign-off again` : sentence;
}

/** The same verdict under the same name on two versions of the scale (a renamed one is shown as a change). */
function sameVerdict(a: unknown, b: unknown, names: HistoryNames): boolean {
  const [first, second] = [a, b].map((id) => (typeof id === "string" ? names.verdict(id) : undefined));
  return Boolean(first?.lineageId) && first?.lineageId === second?.lineageId && first?.label === second?.label;
}

function verdictName(id: unknown, names: HistoryNames): string {
  const verdict = typeof id === "string" ? names.verdict(id) : undefined;
  return verdict ? `“${verdict.label}” (rating scale version ${verdict.scaleVersion})` : "(a verdict no longer on file)";
}

function userName(id: unknown, names: HistoryNames): string {
  return (typeof id === "string" && names.user(id)) || "someone no longer on file";
}

function statusWord(status: unknown): string {
  return STATUS_WORDS[String(status)] ?? String(status);
}

/** "2026-12-03" as "3 Dec 2026". */
function day(value: unknown): string {
  const date = new Date(`${String(value)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value ? value : undefined;
}

function join(parts: string[]): string {
  const present = parts.filter(Boolean);
  if (present.length <= 1) return present[0] ?? "";
  return `${present.slice(0, -1).join(", ")} and ${present.at(-1)}`;
}

function asFields(value: unknown): Fields {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Fields) : {};
}
