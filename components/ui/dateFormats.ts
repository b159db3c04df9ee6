import type { DateTimeFormatOptions } from "next-intl";

/**
 * A moment as the workspace shows it, in UTC and saying so ("6 Dec 2026, 14:05 UTC" in the reader's language):
 * the server renders it the same as the browser, and nobody mistakes it for their own time.
 */
export const MOMENT_IN_UTC: DateTimeFormatOptions = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
};

/** A day as the desk shows it ("6 Dec 2026", "6 груд. 2026 р." in the reader's language): due dates. */
export const DAY_IN_UTC: DateTimeFormatOptions = { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" };

/** A stored day (`YYYY-MM-DD`, a due date) as the moment it starts in UTC, to be written with DAY_IN_UTC. */
export function storedDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
