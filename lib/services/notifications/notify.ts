import { inArray } from "drizzle-orm";
import { notifications, users, type NotificationDetails, type NotificationKind } from "@/db/schema";
import { mailEnabled } from "@/lib/config";
import type { TxContext } from "@/lib/core/context";
import { publishNotificationChanges } from "../live/publishChange";
import type { MailPayload } from "../mail/mailPayloads";
import { MAILED_KINDS } from "../mail/unsubscribeTokens";
import { enqueue } from "../outbox/outbox";

export type NewNotification = {
  userId: string;
  kind: NotificationKind;
  articleId?: string | null;
  claimId?: string | null;
  commentId?: string | null;
  /** For a notification about several claims at once (then without claimId). */
  details?: NotificationDetails | null;
};

/**
 * Tells staff members about something, inside the transaction that did it (so a change that rolls back tells
 * nobody). Nobody is told about what they did themselves. Name the article only when this transaction does not hold
 * a claim's lock without the article's: the reference locks the article row, which must come first (articleLocks.ts).
 * The in-app notification is a row; its mail (the kinds in MAILED_KINDS, when mail is set up) is an outbox message
 * in the same transaction, delivered by the outbox's worker.
 */
export async function notify(tx: TxContext, notes: NewNotification[]): Promise<void> {
  const rows = notes.filter((note) => note.userId !== tx.actor?.id);
  if (!rows.length) return;
  // Their open pages' notification counts follow, once this commits.
  await publishNotificationChanges(tx, rows.map((note) => note.userId));
  const made = await tx.db
    .insert(notifications)
    .values(rows.map((note) => ({ ...note, actorId: tx.actor?.id ?? null })))
    .returning({ id: notifications.id, kind: notifications.kind, userId: notifications.userId });
  const mailed = made.filter((note) => (MAILED_KINDS as readonly string[]).includes(note.kind));
  if (!mailed.length || !mailEnabled()) return;
  const recipients = await tx.db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.id, [...new Set(mailed.map((note) => note.userId))]));
  await enqueue(
    tx.db,
    mailed.map((note) => ({
      topic: "mail" as const,
      dedupeKey: `notification:${note.id}`,
      payload: { type: "notification", notificationId: note.id, kind: note.kind } satisfies MailPayload,
      recipient: recipients.find((person) => person.id === note.userId)?.email ?? null,
    })),
  );
}
