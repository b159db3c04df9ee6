// Articles on the desk, their claim numbering and every text they have had.
import { sql, type SQL } from "drizzle-orm";
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, SEARCHED_BODY_CHARACTERS, searchConfig, tsvector, updatedAt } from "./columns";
import { users } from "./users";
import { ratingScales } from "./ratingScales";

export const articles = pgTable(
  "articles",
  {
    id: id(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    sourceOutlet: text("source_outlet"),
    sourceUrl: text("source_url"),
    originalAuthor: text("original_author"),
    originalPublishedOn: date("original_published_on"),
    /**
     * ISO 639-1 code of the language the article is written in (lib/domain/languages.ts), detected when it is brought
     * in and corrected by editors; null when unknown (detection unsure, or brought in before articles had one), in
     * which case publishing records the language detected then.
     */
    language: text("language"),
    /** Bumped on every change of `body`; claims are re-anchored against it. */
    textRevision: integer("text_revision").notNull().default(1),
    /** Optimistic lock for edits of the article's fields. */
    version: integer("version").notNull().default(1),
    /** Number of the newest published version, null while never published. */
    publishedVersion: integer("published_version"),
    /** Set while the article is retracted: its page answers 410 with the reason; publishing again clears it. */
    retractedAt: timestamp("retracted_at", { withTimezone: true }),
    retractionReason: text("retraction_reason"),
    retractedBy: uuid("retracted_by").references(() => users.id),
    ratingScaleId: uuid("rating_scale_id").references(() => ratingScales.id),
    /** textSearchConfig(language), kept with it by the verbs that set the language. */
    searchConfig: searchConfig(),
    search: tsvector("search").generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector(${articles.searchConfig}, ${articles.title}), 'A') || setweight(to_tsvector(${articles.searchConfig}, left(${articles.body}, ${sql.raw(String(SEARCHED_BODY_CHARACTERS))})), 'B')`,
    ),
    createdBy: uuid("created_by").references(() => users.id),
    updatedBy: uuid("updated_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("articles_slug_idx").on(t.slug),
    index("articles_updated_at_idx").on(t.updatedAt),
    index("articles_published_version_idx").on(t.publishedVersion),
    index("articles_rating_scale_idx").on(t.ratingScaleId),
    index("articles_created_by_idx").on(t.createdBy),
    index("articles_updated_by_idx").on(t.updatedBy),
    index("articles_title_trgm_idx").using("gin", sql`${t.title} gin_trgm_ops`),
    index("articles_search_idx").using("gin", t.search),
  ],
);

/** The last claim number an article handed out: numbers are never reused, even after a deletion. */
export const articleClaimNumbers = pgTable("article_claim_numbers", {
  articleId: uuid("article_id")
    .primaryKey()
    .references(() => articles.id, { onDelete: "cascade" }),
  lastNumber: integer("last_number").notNull(),
});

/** Every text an article has had, so a revision never loses what was there before. */
export const articleRevisions = pgTable(
  "article_revisions",
  {
    id: id(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    body: text("body").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("article_revisions_article_revision_idx").on(t.articleId, t.revision),
    index("article_revisions_created_by_idx").on(t.createdBy),
  ],
);

export type Article = typeof articles.$inferSelect;
