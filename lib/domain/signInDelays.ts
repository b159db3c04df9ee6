// Growing delays instead of a lock-out: the first few failures cost nothing, then each one doubles the wait
// (1 s, 2 s, 4 s … up to 15 minutes). An attacker keeps paying for every guess; the owner of the account waits at most
// the current delay, never a fixed lock they cannot see the end of.

/** Failures a key may have before the next attempt has to wait. */
export const FREE_FAILURES = 4;
export const MAX_DELAY_SECONDS = 15 * 60;
/** A key with no failure for this long starts again from nothing. */
export const FAILURE_MEMORY_HOURS = 24;

/** Seconds the next attempt must wait after `failures` failures in a row: 0 up to FREE_FAILURES, then 2^(n-5)…. */
export function delayAfterFailures(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES - 1), MAX_DELAY_SECONDS);
}

/** The wait in whole minutes, for the message (never "0 minutes"). */
export function minutesToWait(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}

/** What the sign-in form says when a key has to wait. */
export function tooManyAttemptsMessage(retryAfterMs: number): string {
  const minutes = minutesToWait(retryAfterMs);
  return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
