import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { claims, notifications } from "@/db/schema";

/**
 * Makes the "due tomorrow" reminders of a staff member's open claims. There are no background jobs: this runs
 * whenever their notifications or navigation counts are read, and the dedupe key makes each reminder once
 * (concurrent reads included). "Tomorrow" is by the database's clock.
 */
export async function materializeDueReminders(db: Queryable, userId: string): Promise<void> {
  await db.execute(sql`
    insert into ${notifications} (user_id, kind, claim_id, dedupe_key)
    select ${claims.reviewerId}, 'due_soon', ${claims.id}, 'due:' || ${claims.id} || ':' || to_char(${claims.dueOn}, 'YYYY-MM-DD')
    from ${claims}
    where ${claims.reviewerId} = ${userId}
      and ${claims.status} in ('new', 'in_progress')
      and ${claims.dueOn} = current_date + 1
    on conflict (dedupe_key) do nothing`);
}
