import type { NamedWords } from "./translate";

// Growing delays instead of a lock-out: the first few failures cost nothing, then each one doubles the wait
// (1 s, 2 s, 4 s … up to a cap). An attacker keeps paying for every guess; the owner of the account waits at most
// the current delay, never a fixed lock they cannot see the end of.

/** Failures an account (or a known device) may have before its next attempt has to wait. */
export const FREE_FAILURES = 4;
/**
 * The same for an address. A newsroom's office, or everyone behind a proxy the operator did not name in
 * TRUSTED_PROXIES, signs in from one address: its colleagues' typos, and the sign-ins in progress at the same moment
 * (each counts until it succeeds), must not make the next person wait.
 */
export const FREE_FAILURES_PER_ADDRESS = 30;
/** Wrong second-factor codes an account may have (at sign-in and when confirming it is them) before codes wait. */
export const FREE_CODE_FAILURES = 5;
export const MAX_DELAY_SECONDS = 15 * 60;
/** A key's count starts again this long after its first failure. */
export const FAILURE_MEMORY_HOURS = 24;
/**
 * Codes wait up to a whole count window: after the free ones, the doubling waits add up to a day within about 17 more
 * guesses, so someone who knows the password gets about FREE_CODE_FAILURES + 17 codes a day at an account.
 */
export const MAX_CODE_DELAY_SECONDS = FAILURE_MEMORY_HOURS * 3600;

/** How a client address's throttle key begins (lib/auth/signInThrottle.ts builds the keys). */
export const ADDRESS_KEY_PREFIX = "address:";
/** How an account's second-factor throttle key begins. */
export const CODE_KEY_PREFIX = "code:";

/** Failures the throttle key (`address:…`, `account:…`, `device:…`, `code:…`) may have before an attempt has to wait. */
export function freeFailuresFor(key: string): number {
  if (key.startsWith(ADDRESS_KEY_PREFIX)) return FREE_FAILURES_PER_ADDRESS;
  if (key.startsWith(CODE_KEY_PREFIX)) return FREE_CODE_FAILURES;
  return FREE_FAILURES;
}

/** The longest wait the throttle key can impose. */
export function maxDelayFor(key: string): number {
  return key.startsWith(CODE_KEY_PREFIX) ? MAX_CODE_DELAY_SECONDS : MAX_DELAY_SECONDS;
}

/** Seconds the next attempt must wait after `failures` failures in a row: 0 up to `free`, then 1, 2, 4 … seconds. */
export function delayAfterFailures(failures: number, free = FREE_FAILURES, max = MAX_DELAY_SECONDS): number {
  if (failures <= free) return 0;
  return Math.min(2 ** (failures - free - 1), max);
}

/** The most attempts a key allows within one count window when each is made the moment it may be. */
export function attemptsPerWindow(key: string): number {
  const windowSeconds = FAILURE_MEMORY_HOURS * 3600;
  let attempts = 0;
  let elapsed = 0;
  while (elapsed < windowSeconds) {
    attempts += 1;
    elapsed += delayAfterFailures(attempts, freeFailuresFor(key), maxDelayFor(key));
  }
  return attempts;
}

/** The wait in whole minutes, for the message (never "0 minutes"). */
export function minutesToWait(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}

/** What a form says when a key has to wait, as words of the errors catalog. */
export function tooManyAttempts(retryAfterMs: number): NamedWords<"tooManyAttemptsHours" | "tooManyAttemptsMinutes"> {
  const minutes = minutesToWait(retryAfterMs);
  if (minutes >= 120) return { key: "tooManyAttemptsHours", values: { hours: Math.ceil(minutes / 60) } };
  return { key: "tooManyAttemptsMinutes", values: { minutes } };
}
