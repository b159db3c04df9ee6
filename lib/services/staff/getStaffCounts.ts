import { and, count, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { claims, notifications } from "@/db/schema";
import { isOpenClaim, isOverdueClaim } from "../claims/openClaims";
import { materializeDueReminders } from "../notifications/dueReminders";
import { defineVerb } from "../verb";
import type { StaffCountsDto } from "./staffCountsDto";

/** How many claims wait for the signed-in staff member (and how many are overdue), and their unread notifications. */
export const getStaffCounts = defineVerb({
  name: "getStaffCounts",
  permission: "desk:read",
  input: z.void(),
  audit: [],
}, async (ctx, _input, actor): Promise<StaffCountsDto> => {
  if (!actor) return { myOpenClaims: 0, myOverdueClaims: 0, unreadNotifications: 0 };
  // Every staff page shows these counts, so the reminder of a claim due tomorrow appears without a background job.
  await materializeDueReminders(ctx.db, actor.id);
  const [[claimCounts], [unread]] = await Promise.all([
    ctx.db
      .select({
        open: count(),
        overdue: sql<number>`count(*) filter (where ${isOverdueClaim()})`.mapWith(Number),
      })
      .from(claims)
      .where(and(eq(claims.reviewerId, actor.id), isOpenClaim())),
    ctx.db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt))),
  ]);
  return { myOpenClaims: claimCounts?.open ?? 0, myOverdueClaims: claimCounts?.overdue ?? 0, unreadNotifications: unread?.n ?? 0 };
});
