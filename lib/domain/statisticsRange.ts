// Date ranges and weeks for the newsroom's statistics: whole UTC days, weeks starting on Monday (as Postgres's
// date_trunc('week') counts them).

import { endOfDayBound, LATEST_MOMENT } from "./dateBounds";

const DAY = 86_400_000;

/** YYYY-MM-DD of a time, in UTC. */
export function utcDay(time: Date | number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The default range: the twelve weeks up to and including `today`. */
export function defaultRange(today: string): { from: string; to: string } {
  return { from: utcDay(Date.parse(`${today}T00:00:00Z`) - 83 * DAY), to: today };
}

/** The Monday of the week holding `day`. */
export function weekOf(day: string): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(time).getUTCDay() + 6) % 7;
  return utcDay(time - weekday * DAY);
}

/** Every week's Monday from the week of `from` to the week of `to`, oldest first. */
export function weeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let time = Date.parse(`${weekOf(from)}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); time <= end; time += 7 * DAY) weeks.push(utcDay(time));
  return weeks;
}

/** The number of days in the range, both ends included. */
export function daysIn(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY) + 1;
}

/**
 * The first instant after the last day of the range (its end, exclusive); for 9999-12-31, the last moment a query can
 * hold (the year 10000 is beyond Postgres's dates).
 */
export function endOfDay(day: string): Date {
  return endOfDayBound(day) ?? new Date(LATEST_MOMENT);
}
