import { capitalised, type Translate } from "./translate";
import { DAY_IN_UTC, storedDay } from "./interfaceLocales";

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
 * One plain sentence for a notification: "Eddie Editor assigned you claim 3 of “Title”", in the language of `t` (the
 * `mail.sentence` messages) and `locale` (how dates are written and lists of them joined).
 */
export function notificationSentence(facts: NotificationFacts, t: Translate, locale: string): string {
  const who = facts.actorName ?? t("someone");
  const claim = claimPhrase(facts, t);
  const day = dayWriter(locale);
  switch (facts.kind) {
    case "assigned":
      if (facts.batch) return t("assignedBatch", { who, count: facts.batch.claims, due: batchDue(facts.batch, facts.today, t, locale, day) });
      return facts.dueOn ? t("assignedDue", { who, claim, day: dueDay(facts.dueOn, facts.today, t, day) }) : t("assigned", { who, claim });
    case "mentioned":
      return t("mentioned", { who, claim });
    case "returned":
      return t("returned", { who, claim });
    case "signed_off":
      return t("signedOff", { who, claim });
    case "verdict_changed":
      return t("verdictChanged", { who, claim });
    case "due_soon":
      return capitalised(t("dueSoon", { claim, due: duePhrase(facts.dueOn, facts.today, t, day) }), locale);
  }
}

/** A stored day (YYYY-MM-DD) written out in `locale`'s way, with the desk lists' short month ("9 Mar 2030", "9 mar 2030"). */
function dayWriter(locale: string): (date: string) => string {
  const format = new Intl.DateTimeFormat(locale, DAY_IN_UTC);
  return (date) => format.format(storedDay(date));
}

function claimPhrase({ claimNumber, articleTitle }: NotificationFacts, t: Translate): string {
  if (claimNumber !== null && articleTitle !== null) return t("claimOf", { number: claimNumber, title: articleTitle });
  if (articleTitle !== null) return t("aClaimOf", { title: articleTitle });
  return t("aClaim");
}

/** Where a due date falls, by the day it is read: each is worded its own way ("due tomorrow", "was due on …"). */
export function dueWhen(dueOn: string, today: string): "today" | "tomorrow" | "past" | "later" {
  if (dueOn === today) return "today";
  if (dueOn === addDays(today, 1)) return "tomorrow";
  return dueOn < today ? "past" : "later";
}

function duePhrase(dueOn: string | null, today: string, t: Translate, day: (date: string) => string): string {
  if (!dueOn) return t("noLongerDue");
  const when = dueWhen(dueOn, today);
  if (when === "today") return t("dueToday");
  if (when === "tomorrow") return t("dueTomorrow");
  return when === "past" ? t("wasDue", { date: day(dueOn) }) : t("isDue", { date: day(dueOn) });
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** "tomorrow", "on 9 Mar 2030": a due date by the day it is read. */
function dueDay(dueOn: string, today: string, t: Translate, day: (date: string) => string): string {
  const when = dueWhen(dueOn, today);
  if (when === "today") return t("today");
  if (when === "tomorrow") return t("tomorrow");
  return t("onDate", { date: day(dueOn) });
}

/** "due tomorrow", "due on 9 Mar 2030 and on 12 Mar 2030 (each has its own), 1 with no due date", "with no due date". */
function batchDue(batch: NotificationBatch, today: string, t: Translate, locale: string, day: (date: string) => string): string {
  const dates = batch.dueDates.map((date) => dueDay(date, today, t, day));
  if (!dates.length) return batch.claims === 1 ? t("noDueDate") : t("noneDated");
  const due = t("due", { days: new Intl.ListFormat(locale, { type: "conjunction" }).format(dates) });
  // Several dates: each claim's own date is on the claim.
  if (dates.length > 1) return batch.undated ? t("eachOwnUndated", { due, undated: batch.undated }) : t("eachOwn", { due });
  return batch.undated ? t("dueUndated", { due, undated: batch.undated }) : due;
}
