import { and, asc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outboxMessages, type OutboxMessage } from "@/db/schema";
import { OUTBOX_BATCH, OUTBOX_FIRST_DELAY_MS, OUTBOX_LEASE_MS, OUTBOX_MAX_ATTEMPTS, OUTBOX_MAX_DELAY_MS } from "@/lib/domain/limits";
import { deliverMail } from "../mail/deliverMail";
import { deliverPurge } from "../publishing/purgeKeys";


/** What a topic's deliverer says: sent, or nothing to send any more (with why). A failure throws. */
export type Delivery = { delivered: true } | { cancelled: string };

/** A payload's `token` (a one-time link's) is its one secret: it leaves the row once the message is done with. */
function withoutSecret(payload: Record<string, unknown>): Record<string, unknown> {
  const { token: _secret, ...rest } = payload;
  return rest;
}

type Deliverer = (db: Db, message: OutboxMessage) => Promise<Delivery>;

const DELIVERERS: Record<OutboxMessage["topic"], Deliverer> = { mail: deliverMail, cache_purge: deliverPurge };

/** The wait before the attempt after `attempts` failed ones: 30 s, 1 min, 2 min, … up to an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(OUTBOX_FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1), OUTBOX_MAX_DELAY_MS);
}

export type OutboxRun = { taken: number; delivered: number; retrying: number; failed: number; cancelled: number };

/**
 * One turn of the outbox's worker: takes the messages whose time has come (FOR UPDATE SKIP LOCKED, and a lease
 * written in the same short transaction, so two workers or instances never take the same message), delivers each
 * outside any transaction, and records the outcome only if this worker still holds the lease. A failed attempt
 * waits backoffMs before the next; after OUTBOX_MAX_ATTEMPTS the message is failed until an admin retries it.
 * `now` is for tests (a clock of their own).
 */
export async function deliverDueMessages(db: Db, options: { now?: Date; limit?: number } = {}): Promise<OutboxRun> {
  const now = options.now ?? new Date();
  const leasedUntil = new Date(now.getTime() + OUTBOX_LEASE_MS);
  const taken = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outboxMessages.id })
      .from(outboxMessages)
      .where(
        and(
          eq(outboxMessages.status, "pending"),
          lte(outboxMessages.nextAttemptAt, now),
          or(isNull(outboxMessages.leasedUntil), lte(outboxMessages.leasedUntil, now)),
        ),
      )
      .orderBy(asc(outboxMessages.nextAttemptAt), asc(outboxMessages.createdAt))
      .limit(options.limit ?? OUTBOX_BATCH)
      .for("update", { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(outboxMessages)
      .set({ leasedUntil, attempts: sqlIncrement() })
      .where(inArray(outboxMessages.id, due.map((row) => row.id)))
      .returning();
  });
  const run: OutboxRun = { taken: taken.length, delivered: 0, retrying: 0, failed: 0, cancelled: 0 };
  for (const message of taken) {
    const held = and(eq(outboxMessages.id, message.id), eq(outboxMessages.leasedUntil, leasedUntil));
    let outcome: Delivery;
    try {
      outcome = await DELIVERERS[message.topic](db, message);
    } catch (error) {
      const gaveUp = message.attempts >= OUTBOX_MAX_ATTEMPTS;
      await db
        .update(outboxMessages)
        .set({
          status: gaveUp ? "failed" : "pending",
          leasedUntil: null,
          lastError: describeFailure(error),
          nextAttemptAt: new Date(now.getTime() + backoffMs(message.attempts)),
        })
        .where(held);
      run[gaveUp ? "failed" : "retrying"] += 1;
      continue;
    }
    if ("cancelled" in outcome) {
      await db
        .update(outboxMessages)
        .set({ status: "cancelled", leasedUntil: null, lastError: outcome.cancelled, payload: withoutSecret(message.payload) })
        .where(held);
      run.cancelled += 1;
    } else {
      await db
        .update(outboxMessages)
        .set({ status: "delivered", leasedUntil: null, deliveredAt: new Date(), payload: withoutSecret(message.payload) })
        .where(held);
      run.delivered += 1;
    }
  }
  return run;
}

/** What an admin reads as the reason: the server's answer (e.g. "550 mailbox unavailable"), or the network's error. */
function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    const text = error.message.replace(/\s+/g, " ").trim();
    return (code && !text.includes(code) ? `${code}: ${text}` : text).slice(0, 1000);
  }
  return String(error).slice(0, 1000);
}

function sqlIncrement() {
  return sql`${outboxMessages.attempts} + 1`;
}
