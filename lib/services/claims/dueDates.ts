import { sql } from "drizzle-orm";
import { rowsOf, type Queryable } from "@/db/client";
import { ValidationError } from "@/lib/core/errors";
import { words } from "@/lib/core/serviceWords";

export const PAST_DUE_DATE = words("dueDateInPast");

/**
 * Refuses a due date before the database's current date (the one clock every instance shares), with the message
 * beside the due date field. `field` names the form field the message belongs to.
 */
export async function assertDueDateNotPast(db: Queryable, dueOn: string, field = "dueOn"): Promise<void> {
  const [row] = rowsOf<{ past: boolean }>(await db.execute(sql`select (${dueOn}::date < current_date) as "past"`));
  if (row?.past) throw new ValidationError(PAST_DUE_DATE, { [field]: words("chooseTodayLaterDate") });
}

/** The database's current date as YYYY-MM-DD (for the earliest date a date field offers). */
export async function databaseToday(db: Queryable): Promise<string> {
  const [row] = rowsOf<{ today: string }>(await db.execute(sql`select to_char(current_date, 'YYYY-MM-DD') as "today"`));
  return row!.today;
}
