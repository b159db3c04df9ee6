// The outbox: side effects written in a verb's transaction, delivered by a worker (lib/services/outbox, docs/outbox.md).
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { notificationKindEnum } from "./notifications";
import { users } from "./users";

/**
 * pending: waiting for its first or next attempt (lastError says why the last one failed); delivered: done;
 * failed: given up after the last attempt, until an admin retries it; cancelled: nothing left to deliver (the
 * recipient was deactivated or opted out, or what it was about is gone).
 */
export const outboxStatusEnum = pgEnum("outbox_status", ["pending", "delivered", "failed", "cancelled"]);

/** The kinds of message the outbox delivers. */
export const outboxTopicEnum = pgEnum("outbox_topic", ["mail", "cache_purge"]);

export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: id(),
    topic: outboxTopicEnum("topic").notNull(),
    /** Makes a message once, however often it is written (e.g. `notification:<id>`, `password_link:<link id>`). */
    dedupeKey: text("dedupe_key").notNull(),
    /** What to deliver; a secret in it (a one-time link) is removed once the message is delivered or given up. */
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    /** Who the message is for, so an admin sees it without reading the payload. */
    recipient: text("recipient"),
    status: outboxStatusEnum("status").notNull().default("pending"),
    /** Attempts started (a worker that dies mid-attempt still counts one). */
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    /** A worker is delivering it until then; after that another may take it (the first one died). */
    leasedUntil: timestamp("leased_until", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: createdAt(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("outbox_messages_dedupe_idx").on(t.dedupeKey),
    index("outbox_messages_due_idx").on(t.status, t.nextAttemptAt),
  ],
);

/** How a kind of notification is not mailed at once: never (they unsubscribed), or gathered in their daily digest. */
export const mailModeEnum = pgEnum("mail_mode", ["never", "digest"]);

/**
 * A kind of notification a staff member gets no e-mail for at once (`mode`: never, or in the daily digest); a kind
 * without a row is mailed at once. The in-app notification stays either way.
 */
export const mailOptOuts = pgTable(
  "mail_opt_outs",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKindEnum("kind").notNull(),
    mode: mailModeEnum("mode").notNull().default("never"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("mail_opt_outs_user_kind_idx").on(t.userId, t.kind)],
);

export type OutboxMessage = typeof outboxMessages.$inferSelect;
export type OutboxStatus = (typeof outboxStatusEnum.enumValues)[number];
