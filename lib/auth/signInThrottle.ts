import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Queryable } from "@/db/client";
import { signInThrottles } from "@/db/schema";
import { clientNetwork } from "@/lib/domain/clientNetwork";
import { ADDRESS_KEY_PREFIX, CODE_KEY_PREFIX, FAILURE_MEMORY_HOURS, freeFailuresFor, maxDelayFor } from "@/lib/domain/signInDelays";

// Throttling kept in Postgres, so every instance agrees. Each attempt first reserves itself on its keys with one
// atomic upsert that counts it as a failure and sets the next allowed time, and only then is the password checked;
// a success gives the reservation back. Parallel guesses queue on the row lock, so no more get through than the
// delays allow (the old read-count-then-write let 12 of 30 parallel guesses through). The key's wait is compared with
// clock_timestamp(), not now(): an attempt that queued on the row lock started before the one it waited for, whose
// "no wait" (its own now()) would otherwise still lie in the queued attempt's future and refuse it.

export type ThrottleKey = string;

export const accountKey = (email: string): ThrottleKey => `account:${email.trim().toLowerCase()}`;
/** A client address's key: its network (an IPv6 address's /64, lib/domain/clientNetwork.ts), which is one client. */
export const addressKey = (address: string): ThrottleKey => `${ADDRESS_KEY_PREFIX}${clientNetwork(address)}`;
export const deviceKey = (deviceId: string): ThrottleKey => `device:${deviceId}`;
/** Second-factor codes tried for an account, wherever they are typed (sign-in, confirming it is you). */
export const codeKey = (userId: string): ThrottleKey => `${CODE_KEY_PREFIX}${userId}`;

export type Reservation = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * Reserves one attempt on each key in order, stopping at the first that must wait (its wait is returned; the keys
 * before it keep their counted failure, the ones after it are not touched).
 */
export async function reserveAttempt(db: Queryable, keys: readonly ThrottleKey[]): Promise<Reservation> {
  for (const key of keys) {
    const waitMs = await reserveOne(db, key);
    if (waitMs !== null) return { ok: false, retryAfterMs: waitMs };
  }
  return { ok: true };
}

async function reserveOne(db: Queryable, key: ThrottleKey): Promise<number | null> {
  const t = signInThrottles;
  const free = freeFailuresFor(key);
  const max = maxDelayFor(key);
  // The count starts again once its first failure is FAILURE_MEMORY_HOURS old (a busy address is never idle that long).
  const stale = sql`${t.countingSince} < now() - make_interval(hours => ${FAILURE_MEMORY_HOURS})`;
  // The failure count after this attempt.
  const counted = sql`(CASE WHEN ${stale} THEN 1 ELSE ${t.failures} + 1 END)`;
  const delay = (failures: SQL) =>
    sql`CASE WHEN ${failures} <= ${free} THEN 0 ELSE least(power(2, ${failures} - ${free + 1}), ${max}) END`;
  const rows = rowsOf<{ reserved: boolean | null; wait_ms: number | string | null }>(
    await db.execute(sql`
      WITH attempt AS (
        INSERT INTO ${t} (key, failures, blocked_until, updated_at)
        VALUES (${key}, 1, now() + make_interval(secs => ${delay(sql`1`)}), now())
        ON CONFLICT (key) DO UPDATE SET
          failures = ${counted},
          counting_since = CASE WHEN ${stale} THEN now() ELSE ${t.countingSince} END,
          blocked_until = now() + make_interval(secs => ${delay(counted)}),
          updated_at = now()
        WHERE ${t.blockedUntil} <= clock_timestamp()
        RETURNING 1
      )
      SELECT EXISTS (SELECT 1 FROM attempt) AS reserved,
             (SELECT ceil(extract(epoch FROM ${t.blockedUntil} - now()) * 1000) FROM ${t} WHERE ${t.key} = ${key}) AS wait_ms`),
  );
  const row = rows[0];
  if (row?.reserved) return null;
  // The statement's snapshot may predate the attempt that blocked the key: never report less than a second.
  return Math.max(Number(row?.wait_ms ?? 0), 1000);
}

/**
 * After a success: the account's (and device's) failures are forgotten; the address gives back only this
 * attempt's reservation (one failure, and the wait it set), so a shared office address keeps what others earned.
 */
export async function releaseAfterSuccess(db: Queryable, keys: { clear: readonly ThrottleKey[]; giveBack: readonly ThrottleKey[] }): Promise<void> {
  const t = signInThrottles;
  if (keys.clear.length) {
    await db.execute(sql`DELETE FROM ${t} WHERE ${t.key} IN (${sql.join(keys.clear.map((k) => sql`${k}`), sql`, `)})`);
  }
  for (const key of keys.giveBack) {
    await db.execute(sql`UPDATE ${t} SET failures = greatest(${t.failures} - 1, 0), blocked_until = now() WHERE ${t.key} = ${key}`);
  }
}

/** Forgets keys untouched for a day; run now and then (indexed on updated_at), not on every attempt. */
export async function forgetOldThrottles(db: Queryable): Promise<void> {
  await db.execute(sql`DELETE FROM ${signInThrottles} WHERE ${signInThrottles.updatedAt} < now() - make_interval(hours => ${FAILURE_MEMORY_HOURS})`);
}
