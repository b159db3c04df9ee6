import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { articles, claims, notifications, users } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { notificationSentence } from "@/lib/domain/notificationSentence";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import { materializeDueReminders } from "./dueReminders";
import type { NotificationPageDto } from "./notificationDto";
import { NOTIFICATIONS_LISTED } from "@/lib/domain/limits";

const listSchema = z
  .strictObject({
    /** The last notification of the previous page: the page holds the ones older than it. */
    before: z.uuid("Unknown notification.").optional(),
    limit: z.coerce.number().int().min(1).max(NOTIFICATIONS_LISTED.max).default(NOTIFICATIONS_LISTED.default),
  })
  .default({ limit: 30 });

/** The signed-in staff member's notifications, newest first, a page at a time (due reminders made first). */
export const listNotifications = defineVerb(
  "listNotifications",
  async (ctx, input: z.input<typeof listSchema>): Promise<NotificationPageDto> => {
    const actor = await authorize(ctx, "desk:read");
    const data = parseInput(listSchema, input);
    if (!actor) return { items: [], unread: 0, nextBefore: null };
    const db = ctx.db;
    await materializeDueReminders(db, actor.id);
    const by = alias(users, "actor");
    const articleId = sql<string | null>`coalesce(${notifications.articleId}, ${claims.articleId})`;
    const older = data.before
      ? sql`(${notifications.createdAt}, ${notifications.id}) < (select b.created_at, b.id from ${notifications} b where b.id = ${data.before} and b.user_id = ${actor.id})`
      : undefined;
    const [rows, [unread]] = await Promise.all([
      db
        .select({
          id: notifications.id,
          kind: notifications.kind,
          createdAt: notifications.createdAt,
          readAt: notifications.readAt,
          claimId: notifications.claimId,
          articleId,
          actorName: by.displayName,
          claimNumber: claims.number,
          articleTitle: articles.title,
          dueOn: claims.dueOn,
          today: sql<string>`to_char(current_date, 'YYYY-MM-DD')`,
          batch: notifications.details,
        })
        .from(notifications)
        .leftJoin(by, eq(by.id, notifications.actorId))
        .leftJoin(claims, eq(claims.id, notifications.claimId))
        .leftJoin(articles, eq(articles.id, articleId))
        .where(and(eq(notifications.userId, actor.id), older))
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(data.limit + 1),
      db
        .select({ n: count() })
        .from(notifications)
        .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt))),
    ]);
    const page = rows.slice(0, data.limit);
    return {
      items: page.map((row) => ({
        id: row.id,
        kind: row.kind,
        sentence: notificationSentence(row),
        // Claims assigned at once (perhaps across articles) are listed together on My claims.
        href: row.batch ? "/desk/my-claims" : row.articleId ? `/desk/articles/${row.articleId}${row.claimId ? `#claim-${row.claimId}` : ""}` : "/desk",
        createdAt: row.createdAt.toISOString(),
        read: row.readAt !== null,
      })),
      unread: unread?.n ?? 0,
      nextBefore: rows.length > data.limit ? (page.at(-1)?.id ?? null) : null,
    };
  },
);
