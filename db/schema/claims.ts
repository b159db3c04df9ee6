// Claims in an article, with what an editor approved of each and the sources a reviewer gave.
import { sql, type SQL } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgEnum, pgTable, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, searchConfig, tsvector, updatedAt } from "./columns";
import { users } from "./users";
import { verdicts } from "./ratingScales";
import { articles } from "./articles";

export const claimStatusEnum = pgEnum("claim_status", [
  "new",
  "in_progress",
  "needs_signoff",
  "signed_off",
  "dismissed",
]);

/** Where a claim's anchor stands after the article text was last revised. */
export const anchorStateEnum = pgEnum("anchor_state", ["ok", "changed", "orphaned"]);

/** What kind of claimant made a claim, as the desk says (ClaimReview's itemReviewed.author @type); never guessed. */
export const claimantTypeEnum = pgEnum("claimant_type", ["person", "organization"]);

export type ClaimantType = (typeof claimantTypeEnum.enumValues)[number];

export const claims = pgTable(
  "claims",
  {
    id: id(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    anchorStart: integer("anchor_start").notNull(),
    anchorEnd: integer("anchor_end").notNull(),
    quote: text("quote").notNull(),
    prefix: text("prefix").notNull().default(""),
    suffix: text("suffix").notNull().default(""),
    anchorState: anchorStateEnum("anchor_state").notNull().default("ok"),
    /** Numbered in the order claims were made, per article; never reused, so a claim keeps its number. */
    number: integer("number").notNull(),
    /** The claim as reviewers will check it (e.g. "he" resolved to a name). */
    statement: text("statement").notNull(),
    claimant: text("claimant").notNull().default(""),
    /** Whether the claimant is a person or an organisation, as asked in the desk; null while nobody has said. */
    claimantType: claimantTypeEnum("claimant_type"),
    /** Where the claim itself was made, when the desk has its own link (a speech, a post), beside the article's. */
    appearanceUrl: text("appearance_url"),
    checkWorthiness: real("check_worthiness"),
    status: claimStatusEnum("status").notNull().default("new"),
    verdictId: uuid("verdict_id").references(() => verdicts.id),
    reviewerId: uuid("reviewer_id").references(() => users.id),
    dueOn: date("due_on"),
    publicExplanation: text("public_explanation").notNull().default(""),
    /** Who chose the current verdict, and who last wrote the public explanation: readers see them credited. */
    verdictBy: uuid("verdict_by").references(() => users.id),
    explanationBy: uuid("explanation_by").references(() => users.id),
    /** Who sent the current verdict for sign-off: nobody signs off a verdict they submitted. */
    submittedBy: uuid("submitted_by").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    signedOffBy: uuid("signed_off_by").references(() => users.id),
    signedOffAt: timestamp("signed_off_at", { withTimezone: true }),
    /**
     * Who wrote the public content waiting for sign-off: whoever sent it, and whoever changed its statement, claimant,
     * words, verdict, explanation or sources since. None of them may approve it (four eyes on every part).
     */
    pendingAuthors: uuid("pending_authors").array().notNull().default(sql`'{}'::uuid[]`),
    /** Why an editor decided the claim is not worth checking (status "dismissed"). */
    dismissedReason: text("dismissed_reason"),
    /**
     * The public content as last signed off (statement, verdict, explanation, sources, words): a claim being reviewed
     * again keeps it in new versions until a new verdict is approved.
     */
    approved: jsonb("approved").$type<ApprovedClaim>(),
    /** The article's `search_config` (claims are in their article's language), kept with it in the same transaction. */
    searchConfig: searchConfig(),
    search: tsvector("search").generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector(${claims.searchConfig}, ${claims.statement} || ' ' || ${claims.claimant}), 'A') || setweight(to_tsvector(${claims.searchConfig}, ${claims.quote}), 'B') || setweight(to_tsvector(${claims.searchConfig}, ${claims.publicExplanation}), 'C')`,
    ),
    /** Optimistic lock: every update says which version it read. */
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id),
    updatedBy: uuid("updated_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("claims_article_start_idx").on(t.articleId, t.anchorStart),
    index("claims_reviewer_status_idx").on(t.reviewerId, t.status),
    uniqueIndex("claims_article_number_idx").on(t.articleId, t.number),
    index("claims_due_on_idx").on(t.dueOn),
    index("claims_submitted_by_idx").on(t.submittedBy),
    index("claims_search_idx").using("gin", t.search),
    index("claims_status_idx").on(t.status),
    index("claims_verdict_idx").on(t.verdictId),
    index("claims_signed_off_by_idx").on(t.signedOffBy),
    index("claims_created_by_idx").on(t.createdBy),
    index("claims_updated_by_idx").on(t.updatedBy),
    index("claims_verdict_by_idx").on(t.verdictBy),
    index("claims_explanation_by_idx").on(t.explanationBy),
    // The statistics' date ranges: claims added, and claims signed off, in a range of days.
    index("claims_created_at_idx").on(t.createdAt),
    index("claims_signed_off_at_idx").on(t.signedOffAt).where(sql`${t.status} = 'signed_off'`),
    check("claims_anchor_range", sql`${t.anchorStart} >= 0 AND ${t.anchorEnd} >= ${t.anchorStart}`),
  ],
);

export const claimSources = pgTable(
  "claim_sources",
  {
    id: id(),
    claimId: uuid("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    title: text("title").notNull().default(""),
    position: integer("position").notNull().default(0),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("claim_sources_claim_idx").on(t.claimId, t.position), index("claim_sources_created_by_idx").on(t.createdBy)],
);

/** A claim's public content as an editor signed it off. */
export type ApprovedClaim = {
  statement: string;
  claimant: string;
  /** Absent in what was approved before the desk asked it. */
  claimantType?: ClaimantType | null;
  appearanceUrl?: string | null;
  quote: string;
  verdictId: string;
  explanation: string;
  sources: { url: string; title: string }[];
  signedOffAt: string;
  signedOffBy: string | null;
  reviewerId: string | null;
  /** Who wrote the verdict and explanation approved (absent from content approved before it was recorded). */
  verdictAuthorIds?: string[];
};

export type ClaimStatus = (typeof claimStatusEnum.enumValues)[number];

export type AnchorState = (typeof anchorStateEnum.enumValues)[number];

export type Claim = typeof claims.$inferSelect;
