/** What a staff member can be told about (the notification_kind enum of the database). */
export type NotificationKind = "assigned" | "returned" | "mentioned" | "signed_off" | "due_soon" | "verdict_changed";

/** What a notification says, as the list reads it from the database. Dates are YYYY-MM-DD. */
export type NotificationFacts = {
  kind: NotificationKind;
  /** Who caused it; null for reminders, or when the account is gone. */
  actorName: string | null;
  claimNumber: number | null;
  articleTitle: string | null;
  /** The claim's due date now. */
  dueOn: string | null;
  /** Today's date, as the database counts it (reminders are made by the same clock). */
  today: string;
  /** A notification about several claims at once (a bulk assignment); null or absent for one claim. */
  batch?: NotificationBatch | null;
};

/** Several claims in one notification: how many, their due dates (each once, earliest first), and how many have none. */
export type NotificationBatch = { claims: number; dueDates: string[]; undated: number };

/** The due dates of claims assigned at once, for one notification: each date once, earliest first. */
export function batchOf(dueDates: readonly (string | null)[]): NotificationBatch {
  const dated = dueDates.filter((d): d is string => d !== null);
  return { claims: dueDates.length, dueDates: [...new Set(dated)].sort(), undated: dueDates.length - dated.length };
}

/**
 * One plain sentence for a notification: "Eddie Editor assigned you claim 3 of “Title”". In English, for mail; the
 * desk words the same facts in the page's language (components/desk/notifications/notificationWords.ts).
 */
export function notificationSentence(facts: NotificationFacts): string {
  const who = facts.actorName ?? "Someone";
  const claim = claimPhrase(facts);
  switch (facts.kind) {
    case "assigned":
      if (facts.batch) return `${who} assigned you ${plural(facts.batch.claims, "claim")}, ${batchDue(facts.batch, facts.today)}`;
      return facts.dueOn ? `${who} assigned you ${claim}, due ${dueDay(facts.dueOn, facts.today)}` : `${who} assigned you ${claim}`;
    case "mentioned":
      return `${who} mentioned you on ${claim}`;
    case "returned":
      return `${who} returned ${claim} to you`;
    case "signed_off":
      return `${who} signed off your verdict on ${claim}`;
    case "verdict_changed":
      return `${who} changed the verdict or explanation of ${claim}`;
    case "due_soon":
      return `${claim.charAt(0).toUpperCase()}${claim.slice(1)} ${duePhrase(facts.dueOn, facts.today)}`;
  }
}

function claimPhrase({ claimNumber, articleTitle }: NotificationFacts): string {
  if (claimNumber !== null && articleTitle !== null) return `claim ${claimNumber} of “${articleTitle}”`;
  if (articleTitle !== null) return `a claim of “${articleTitle}”`;
  return "a claim";
}

/** Where a due date falls, by the day it is read: each is worded its own way ("due tomorrow", "was due on …"). */
export function dueWhen(dueOn: string, today: string): "today" | "tomorrow" | "past" | "later" {
  if (dueOn === today) return "today";
  if (dueOn === addDays(today, 1)) return "tomorrow";
  return dueOn < today ? "past" : "later";
}

function duePhrase(dueOn: string | null, today: string): string {
  if (!dueOn) return "no longer has a due date";
  const when = dueWhen(dueOn, today);
  if (when === "today") return "is due today";
  if (when === "tomorrow") return "is due tomorrow";
  return when === "past" ? `was due on ${dueOn}` : `is due on ${dueOn}`;
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** "due tomorrow", "due on 2030-03-09": a due date by the day it is read. */
function dueDay(dueOn: string, today: string): string {
  const when = dueWhen(dueOn, today);
  return when === "today" || when === "tomorrow" ? when : `on ${dueOn}`;
}

/** "due tomorrow", "due on 2030-03-09 and 2030-03-12, 1 with no due date", "with no due date". */
function batchDue(batch: NotificationBatch, today: string): string {
  const dates = batch.dueDates.map((date) => dueDay(date, today));
  if (!dates.length) return batch.claims === 1 ? "with no due date" : "none with a due date";
  const due = `due ${dates.length === 1 ? dates[0] : `${dates.slice(0, -1).join(", ")} and ${dates.at(-1)}`}`;
  if (dates.length > 1) {
    // Several dates: each claim's own date is on the claim.
    return batch.undated ? `${due} (each has its own), ${batch.undated} with no due date` : `${due} (each has its own)`;
  }
  return batch.undated ? `${due}, ${batch.undated} with no due date` : due;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
