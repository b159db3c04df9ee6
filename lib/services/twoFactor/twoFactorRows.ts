import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { securitySettings, userTwoFactor } from "@/db/schema";

/** Whether the newsroom requires two-factor sign-in (no settings row yet: no). */
export async function twoFactorRequired(db: Queryable): Promise<boolean> {
  const [row] = await db.select({ required: securitySettings.requireTwoFactor }).from(securitySettings).where(eq(securitySettings.id, 1));
  return row?.required ?? false;
}

/** A user's enrolment row (pending or on), or undefined. */
export async function enrolmentOf(db: Queryable, userId: string) {
  const [row] = await db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, userId));
  return row;
}
