// The moments a database query can take. JavaScript and Postgres write the years 0001 to 9999 alike; a later year
// JavaScript writes as "+010000-…" and the year before 0001 as "0000-…", and Postgres refuses both (it has no year 0),
// so a date from a visitor is checked against this range before it reaches a query.

const EARLIEST = Date.parse("0001-01-01T00:00:00Z");
const LATEST = Date.parse("9999-12-31T23:59:59.999Z");
/** The last moment (ms since 1970) a query can hold. */
export const LATEST_MOMENT = LATEST;

/** The range in words, for a message. */
export const DATE_RANGE_TEXT = "from 0001-01-01 to 9999-12-31 (UTC)";

/** Whether `moment` lies in the years 0001 to 9999 (UTC). */
export function inQueryRange(moment: Date): boolean {
  const time = moment.getTime();
  return time >= EARLIEST && time <= LATEST;
}

/**
 * The exclusive end of the UTC day `day` (YYYY-MM-DD): the next day's start, or null for 9999-12-31, whose end lies
 * after every moment a query can take (no bound at all).
 */
export function endOfDayBound(day: string): Date | null {
  const end = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
  return end.getTime() > LATEST ? null : end;
}
