import { and, inArray, lt, sql, type SQL } from "drizzle-orm";
import { claims, type ClaimStatus } from "@/db/schema";

// One definition of "waiting" and "overdue", shared by the staff navigation's counts, "My claims" and the desk, so
// the number in the navigation is always the number of rows the lists show.

/** Claims that wait for their reviewer's work: new or in progress (not yet sent for sign-off, signed off or dismissed). */
export const OPEN_STATUSES = ["new", "in_progress"] as const satisfies readonly ClaimStatus[];

/** A condition on `claims`: the claim waits for its reviewer's work. */
export function isOpenClaim(): SQL {
  return inArray(claims.status, [...OPEN_STATUSES]);
}

/** A condition on `claims`: the claim waits for its reviewer's work and its due date is before the database's today. */
export function isOverdueClaim(): SQL {
  return and(isOpenClaim(), lt(claims.dueOn, sql`current_date`))!;
}
