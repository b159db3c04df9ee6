// Growing delays instead of a lock-out: the first few failures cost nothing, then each one doubles the wait
// (1 s, 2 s, 4 s … up to 15 minutes). An attacker keeps paying for every guess; the owner of the account waits at most
// the current delay, never a fixed lock they cannot see the end of.

/** Failures an account (or a known device) may have before its next attempt has to wait. */
export const FREE_FAILURES = 4;
/**
 * The same for an address. A newsroom's office, or everyone behind a proxy the operator did not name in
 * TRUSTED_PROXIES, signs in from one address: its colleagues' typos, and the sign-ins in progress at the same moment
 * (each counts until it succeeds), must not make the next person wait.
 */
export const FREE_FAILURES_PER_ADDRESS = 30;
export const MAX_DELAY_SECONDS = 15 * 60;
/** A key's count starts again this long after its first failure. */
export const FAILURE_MEMORY_HOURS = 24;

/** How a client address's throttle key begins (lib/auth/signInThrottle.ts builds the keys). */
export const ADDRESS_KEY_PREFIX = "address:";

/** Failures the throttle key (`address:…`, `account:…`, `device:…`) may have before an attempt has to wait. */
export function freeFailuresFor(key: string): number {
  return key.startsWith(ADDRESS_KEY_PREFIX) ? FREE_FAILURES_PER_ADDRESS : FREE_FAILURES;
}

/** Seconds the next attempt must wait after `failures` failures in a row: 0 up to `free`, then 1, 2, 4 … seconds. */
export function delayAfterFailures(failures: number, free = FREE_FAILURES): number {
  if (failures <= free) return 0;
  return Math.min(2 ** (failures - free - 1), MAX_DELAY_SECONDS);
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
