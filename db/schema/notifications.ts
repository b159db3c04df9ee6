// What a staff member is told about in the app.
import { index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { users } from "./users";
import { articles } from "./articles";
import { claims } from "./claims";
import { comments } from "./comments";

export const notificationKindEnum = pgEnum("notification_kind", ["assigned", "returned", "mentioned", "signed_off", "due_soon", "verdict_changed"]);

/** What a staff member is told about in the app (and by e-mail, when it is set up). */
/** A bulk assignment's notification: how many claims, their due dates (each once, earliest first), and how many have none. */
export type NotificationDetails = { claims: number; dueDates: string[]; undated: number };

export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKindEnum("kind").notNull(),
    articleId: uuid("article_id").references(() => articles.id, { onDelete: "cascade" }),
    claimId: uuid("claim_id").references(() => claims.id, { onDelete: "cascade" }),
    commentId: uuid("comment_id").references(() => comments.id, { onDelete: "cascade" }),
    /** Who caused it (null for reminders). */
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** A reminder is made once: e.g. `due:<claim>:<date>`. */
    dedupeKey: text("dedupe_key"),
    /** What a notification about several claims at once says (a bulk assignment: how many, and when they are due). */
    details: jsonb("details").$type<NotificationDetails>(),
    createdAt: createdAt(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    index("notifications_user_unread_idx").on(t.userId, t.readAt, t.createdAt),
    uniqueIndex("notifications_dedupe_idx").on(t.dedupeKey),
    index("notifications_claim_idx").on(t.claimId),
    index("notifications_article_idx").on(t.articleId),
    index("notifications_comment_idx").on(t.commentId),
    index("notifications_actor_idx").on(t.actorId),
  ],
);

export type NotificationKind = (typeof notificationKindEnum.enumValues)[number];
