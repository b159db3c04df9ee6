// Unsaved work kept for its author: what they typed in a review, a comment or an article's text, saved as they type.
import { index, integer, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { updatedAt } from "./columns";
import { articles } from "./articles";
import { claims } from "./claims";
import { users } from "./users";

/**
 * One draft per person, article and form ("review:<claim id>", "comment:<claim id>", "text"). Private to its author,
 * never published; gone when the form is saved or discarded. `baseVersion` is the claim's (or, for "text", the
 * article's) version the draft was started from, so a draft older than the row says so when it comes back.
 */
export const drafts = pgTable(
  "drafts",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    claimId: uuid("claim_id").references(() => claims.id, { onDelete: "cascade" }),
    value: jsonb("value").$type<Record<string, unknown>>().notNull(),
    baseVersion: integer("base_version").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.articleId, t.key] }), index("drafts_claim_idx").on(t.claimId)],
);

export type Draft = typeof drafts.$inferSelect;
