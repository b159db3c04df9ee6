// Who has an article open on the desk right now, and whether they are editing a claim's review: a row per person and
// article, its `seenAt` moved by the page's heartbeat (lib/services/live/announcePresence.ts). In the database, not in
// a process's memory, so every instance sees everyone; a row not seen for a while counts as gone.
import { boolean, index, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { articles } from "./articles";
import { claims } from "./claims";
import { users } from "./users";

export const presence = pgTable(
  "presence",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** The claim open in their workspace, if any. */
    claimId: uuid("claim_id").references(() => claims.id, { onDelete: "set null" }),
    /** Whether they are editing that claim's review. */
    editing: boolean("editing").notNull().default(false),
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.articleId] }), index("presence_article_idx").on(t.articleId, t.seenAt)],
);
