// Staff comments on a claim.
import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { users } from "./users";
import { claims } from "./claims";

export const commentKindEnum = pgEnum("comment_kind", ["comment", "return"]);

/** Internal notes between staff. Never part of a published version. */
export const comments = pgTable(
  "comments",
  {
    id: id(),
    claimId: uuid("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    /** "return": the editor's reason for sending the claim back to its reviewer. */
    kind: commentKindEnum("kind").notNull().default("comment"),
    createdAt: createdAt(),
    /** When the author last edited it; null if never. */
    editedAt: timestamp("edited_at", { withTimezone: true }),
  },
  (t) => [index("comments_claim_idx").on(t.claimId, t.createdAt), index("comments_author_idx").on(t.authorId)],
);

export type Comment = typeof comments.$inferSelect;
