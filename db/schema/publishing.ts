// What readers see: published versions of an article, and retractions.
import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id } from "./columns";
import { users } from "./users";
import { articles } from "./articles";

/** Immutable numbered snapshots of an article with its reviewed claims, as readers see them. */
export const articleVersions = pgTable(
  "article_versions",
  {
    id: id(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    /** The public DTO of the version: claims, verdicts, explanations, sources. No internal fields. */
    snapshot: jsonb("snapshot").notNull(),
    /** What changed since the previous version; a correction is shown to readers as such. */
    changeNote: text("change_note").notNull().default(""),
    isCorrection: boolean("is_correction").notNull().default(false),
    publishedBy: uuid("published_by").references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("article_versions_article_number_idx").on(t.articleId, t.number),
    index("article_versions_published_at_idx").on(t.publishedAt),
    index("article_versions_published_by_idx").on(t.publishedBy),
    // Embeds and oEmbed find a claim's versions by its id (`snapshot->'claims' @> '[{"id": …}]'`), for any id a
    // stranger asks: without it, each asked id read every version of every article.
    index("article_versions_claims_idx").using("gin", sql`(${t.snapshot}->'claims') jsonb_path_ops`),
  ],
);

/**
 * Every retraction of a published fact-check, kept when it is published again: a retraction is a public correction
 * of the record, listed with its reason and date (corrections page, feed, version history). `articles.retractedAt`
 * says whether the article is retracted now.
 */
export const articleRetractions = pgTable(
  "article_retractions",
  {
    id: id(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** The published version readers saw when it was retracted. */
    version: integer("version").notNull(),
    reason: text("reason").notNull(),
    retractedAt: timestamp("retracted_at", { withTimezone: true }).notNull().defaultNow(),
    retractedBy: uuid("retracted_by").references(() => users.id),
  },
  (t) => [
    index("article_retractions_article_idx").on(t.articleId, t.retractedAt),
    index("article_retractions_retracted_at_idx").on(t.retractedAt),
    index("article_retractions_retracted_by_idx").on(t.retractedBy),
  ],
);

export type ArticleVersion = typeof articleVersions.$inferSelect;
