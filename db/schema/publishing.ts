// What readers see: published versions of an article, and retractions.
import { sql, type SQL } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, INDEXED_CLAIMS_BYTES, SEARCHED_BODY_CHARACTERS, searchConfig, tsvector, tsvectors, UNINDEXED_CLAIMS } from "./columns";
import { users } from "./users";
import { articles } from "./articles";

const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;

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
    /**
     * The configuration of the language the version was published in (textSearchConfig), else its article's
     * `search_config`, which updateArticleDetails then keeps it with: readers' search reads the version in it.
     */
    searchConfig: searchConfig(),
    /** What readers' search matches an article by: its title and the first SEARCHED_BODY_CHARACTERS of its text. */
    search: tsvector("search").generatedAlwaysAs(
      (): SQL =>
        sql`to_tsvector(${articleVersions.searchConfig}, ${articleVersions.title} || ' ' || left(${articleVersions.body}, ${sql.raw(String(SEARCHED_BODY_CHARACTERS))}))`,
    ),
    /**
     * Every word of its claims' searchable text (statement, claimant, quote, explanation), without positions: only to
     * pick the versions that may have a matching claim, before each claim of those few is read. Versions whose claims
     * are too long to index hold UNINDEXED_CLAIMS instead.
     */
    claimsSearch: tsvector("claims_search").generatedAlwaysAs((): SQL => {
      const text = sql.join(
        ["statement", "claimant", "quote", "explanation"].map((field) => sql`jsonb_path_query_array(${articleVersions.snapshot}, ${sql.raw(`'$.claims[*].${field}'`)})`),
        sql` || `,
      );
      return sql`case when octet_length((${text})::text) > ${sql.raw(String(INDEXED_CLAIMS_BYTES))} then ${sql.raw(sqlText(UNINDEXED_CLAIMS))}::tsvector else strip(jsonb_to_tsvector(${articleVersions.searchConfig}, ${text}, '"all"')) end`;
    }),
    /**
     * Each claim's searchable text as a vector, in the claims' order (`claim_vectors[n]` is claim n's): what a claim is
     * matched and ranked by, made once on publishing (published_claim_vectors, migration 0027) and never per search.
     */
    claimVectors: tsvectors("claim_vectors").generatedAlwaysAs(
      (): SQL => sql`published_claim_vectors(${articleVersions.searchConfig}, ${articleVersions.snapshot}->'claims')`,
    ),
    /** Its claims' verdicts, in order: what the verdicts readers may search by are read from, not the whole snapshot. */
    claimVerdicts: jsonb("claim_verdicts").generatedAlwaysAs((): SQL => sql`jsonb_path_query_array(${articleVersions.snapshot}, '$.claims[*].verdict')`),
  },
  (t) => [
    uniqueIndex("article_versions_article_number_idx").on(t.articleId, t.number),
    index("article_versions_published_at_idx").on(t.publishedAt),
    index("article_versions_published_by_idx").on(t.publishedBy),
    // Embeds and oEmbed find a claim's versions by its id (`snapshot->'claims' @> '[{"id": …}]'`), for any id a
    // stranger asks: without it, each asked id read every version of every article.
    index("article_versions_claims_idx").using("gin", sql`(${t.snapshot}->'claims') jsonb_path_ops`),
    // Readers' search. Versions are published one at a time and searched by anyone: each publication updates these
    // indexes at once (fastupdate off), so no search reads a list of pending entries.
    index("article_versions_search_idx").using("gin", t.search).with({ fastupdate: false }),
    index("article_versions_claims_search_idx").using("gin", t.claimsSearch).with({ fastupdate: false }),
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
