import { outboxMessages } from "@/db/schema";
import type { Tx } from "@/db/client";

export type NewOutboxMessage = {
  topic: (typeof outboxMessages.$inferInsert)["topic"];
  /** The same key twice makes one message (a verb retried, a reminder written by two instances). */
  dedupeKey: string;
  payload: Record<string, unknown>;
  /** Who it is for, shown to admins (an e-mail address). */
  recipient?: string | null;
};

/**
 * Writes side effects to the outbox inside the caller's transaction: they are delivered (lib/services/outbox/
 * outboxWorker.ts) only if the transaction commits, and at most one message per dedupe key.
 */
export async function enqueue(db: Tx, messages: NewOutboxMessage[]): Promise<void> {
  if (!messages.length) return;
  await db
    .insert(outboxMessages)
    .values(messages.map((message) => ({ ...message, recipient: message.recipient ?? null })))
    .onConflictDoNothing({ target: outboxMessages.dedupeKey });
}
