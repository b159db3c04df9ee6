import { notifications, type NotificationDetails, type NotificationKind } from "@/db/schema";
import type { TxContext } from "@/lib/core/context";
import { publishNotificationChanges } from "../live/publishChange";

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
 */
export async function notify(tx: TxContext, notes: NewNotification[]): Promise<void> {
  const rows = notes.filter((note) => note.userId !== tx.actor?.id);
  if (!rows.length) return;
  await tx.db.insert(notifications).values(rows.map((note) => ({ ...note, actorId: tx.actor?.id ?? null })));
  // Their open pages' notification counts follow, once this commits.
  await publishNotificationChanges(tx, rows.map((note) => note.userId));
}
