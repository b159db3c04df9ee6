import { and, eq, gt, sql } from "drizzle-orm";
import type { Queryable, Tx } from "@/db/client";
import { claims, notifications, outboxMessages, users } from "@/db/schema";
import type { MailPayload } from "../mail/mailPayloads";
import { enqueue } from "../outbox/outbox";

// Reminders of claims due tomorrow, and of claims past their due date, once per claim and due date (the dedupe key
// makes each once, whoever writes it first: the schedule, or a staff member's desk being read).

/** Open claims a reviewer still works on: the ones a reminder is for. */
const REMINDED = sql`${claims.status} in ('new', 'in_progress') and ${claims.reviewerId} is not null`;

/**
 * Makes the reminders that are due, for one staff member (`userId`: their desk is being read, so the count is right
 * at once) or for everyone (the schedule). "Tomorrow" and "past" are by the database's clock.
 */
export async function materializeDueReminders(db: Queryable, userId?: string): Promise<void> {
  const whose = userId ? sql`and ${claims.reviewerId} = ${userId}` : sql``;
  await db.execute(sql`
    insert into ${notifications} (user_id, kind, claim_id, dedupe_key)
    select ${claims.reviewerId}, 'due_soon', ${claims.id},
           case when ${claims.dueOn} < current_date then 'overdue:' else 'due:' end || ${claims.id} || ':' || to_char(${claims.dueOn}, 'YYYY-MM-DD')
    from ${claims}
    where ${REMINDED} ${whose}
      and (${claims.dueOn} = current_date + 1 or ${claims.dueOn} < current_date)
    on conflict (dedupe_key) do nothing`);
}

/**
 * Puts the mail of the reminders made in the last two days in the outbox, once each (its dedupe key is the
 * notification's). The mail itself checks, when it is sent, that the person still wants this kind.
 */
export async function mailDueReminders(db: Tx): Promise<number> {
  const recent = await db
    .select({ id: notifications.id, userId: notifications.userId, email: users.email })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(
      and(
        eq(notifications.kind, "due_soon"),
        gt(notifications.createdAt, sql`now() - interval '2 days'`),
        eq(users.active, true),
        sql`not exists (select 1 from ${outboxMessages} where ${outboxMessages.dedupeKey} = 'notification:' || ${notifications.id})`,
      ),
    );
  await enqueue(
    db,
    recent.map((note) => ({
      topic: "mail" as const,
      dedupeKey: `notification:${note.id}`,
      payload: { type: "notification", notificationId: note.id, kind: "due_soon" } satisfies MailPayload,
      recipient: note.email,
    })),
  );
  return recent.length;
}

