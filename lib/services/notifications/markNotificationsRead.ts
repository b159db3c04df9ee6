import { and, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { notifications } from "@/db/schema";
import { defineVerb } from "../verb";
import { MAX_NOTIFICATIONS_MARKED } from "@/lib/domain/limits";
import { said } from "@/lib/core/zodWords";

const markSchema = z
  .strictObject({
    ids: z.array(z.uuid(said("unknownNotification"))).max(MAX_NOTIFICATIONS_MARKED, said("markAtMost", { max: MAX_NOTIFICATIONS_MARKED })).optional(),
    all: z.literal(true).optional(),
  })
  .refine((input) => Boolean(input.all) !== Boolean(input.ids?.length), said("sayWhichNotifications"));

/**
 * Marks some of one's own notifications as read (or all of them). Others' notifications are left alone whatever
 * ids are sent. Read state is personal, not a change to the newsroom's work, so it is not audited.
 */
export const markNotificationsRead = defineVerb(
  {
    name: "markNotificationsRead",
    permission: "desk:read",
    input: markSchema,
    // Read state is one's own, not a change to the newsroom's work: not audited.
    audit: [],
  },
  async (ctx, data, actor): Promise<{ marked: number; unread: number }> => {
    if (!actor) return { marked: 0, unread: 0 };
    const mine = and(eq(notifications.userId, actor.id), isNull(notifications.readAt));
    const marked = await ctx.db
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(and(mine, data.ids ? inArray(notifications.id, data.ids) : undefined))
      .returning({ id: notifications.id });
    const [unread] = await ctx.db.select({ n: count() }).from(notifications).where(mine);
    return { marked: marked.length, unread: unread?.n ?? 0 };
  },
);
