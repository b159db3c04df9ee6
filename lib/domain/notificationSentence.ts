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
};

/** One plain sentence for a notification: "Eddie Editor assigned you claim 3 of “Title”". */
export function notificationSentence(facts: NotificationFacts): string {
  const who = facts.actorName ?? "Someone";
  const claim = claimPhrase(facts);
  switch (facts.kind) {
    case "assigned":
      return `${who} assigned you ${claim}`;
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

function duePhrase(dueOn: string | null, today: string): string {
  if (!dueOn) return "no longer has a due date";
  if (dueOn === today) return "is due today";
  if (dueOn === addDays(today, 1)) return "is due tomorrow";
  return dueOn < today ? `was due on ${dueOn}` : `is due on ${dueOn}`;
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
