import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { notifications } from "@/db/schema";
import { translatorFor } from "@/lib/core/translator";
import { DEFAULT_INTERFACE_LANGUAGE, INTERFACE_LANGUAGES } from "@/lib/domain/interfaceLanguages";
import { regionalTag } from "@/lib/domain/interfaceLocales";
import { notificationSentence } from "@/lib/domain/notificationSentence";
import { defineVerb } from "../verb";
import { materializeDueReminders } from "./dueReminders";
import type { NotificationPageDto } from "./notificationDto";
import { notificationPath, selectNotificationFacts } from "./notificationFacts";
import { NOTIFICATIONS_LISTED } from "@/lib/domain/limits";
import { said } from "@/lib/core/zodWords";

const listSchema = z
  .strictObject({
    /** The last notification of the previous page: the page holds the ones older than it. */
    before: z.uuid(said("unknownNotification")).optional(),
    limit: z.coerce.number().int().min(1).max(NOTIFICATIONS_LISTED.max).default(NOTIFICATIONS_LISTED.default),
    /** The language of the page that lists them (its sentences are written in it). */
    language: z.enum(INTERFACE_LANGUAGES).default(DEFAULT_INTERFACE_LANGUAGE),
  })
  .default({ limit: 30, language: DEFAULT_INTERFACE_LANGUAGE });

/** The signed-in staff member's notifications, newest first, a page at a time (due reminders made first). */
export const listNotifications = defineVerb(
  {
    name: "listNotifications",
    permission: "desk:read",
    input: listSchema,
    audit: [],
  },
  async (ctx, data, actor): Promise<NotificationPageDto> => {
    if (!actor) return { items: [], unread: 0, nextBefore: null };
    const db = ctx.db;
    await materializeDueReminders(db, actor.id);
    const older = data.before
      ? sql`(${notifications.createdAt}, ${notifications.id}) < (select b.created_at, b.id from ${notifications} b where b.id = ${data.before} and b.user_id = ${actor.id})`
      : undefined;
    const [rows, [unread]] = await Promise.all([
      selectNotificationFacts(db, actor)
        .where(and(eq(notifications.userId, actor.id), older))
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(data.limit + 1),
      db
        .select({ n: count() })
        .from(notifications)
        .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt))),
    ]);
    const page = rows.slice(0, data.limit);
    const t = translatorFor(data.language, "mail.sentence");
    return {
      items: page.map((row) => ({
        id: row.id,
        kind: row.kind,
        sentence: notificationSentence(row, t, regionalTag(data.language)),
        // Claims assigned at once (perhaps across articles) are listed together on My claims.
        href: notificationPath(row),
        createdAt: row.createdAt.toISOString(),
        read: row.readAt !== null,
      })),
      unread: unread?.n ?? 0,
      nextBefore: rows.length > data.limit ? (page.at(-1)?.id ?? null) : null,
    };
  },
);
