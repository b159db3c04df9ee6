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

// Days are written the same way in pure code (notifications, mail): their options live beside its other formats.
export { DAY_IN_UTC, storedDay } from "@/lib/domain/interfaceLocales";
