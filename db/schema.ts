import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const id = () => uuid("id").primaryKey().defaultRandom();
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const roleEnum = pgEnum("role", ["admin", "editor", "reviewer"]);

export const claimStatusEnum = pgEnum("claim_status", [
  "new",
  "in_progress",
  "needs_signoff",
  "signed_off",
  "dismissed",
]);

/** Where a claim's anchor stands after the article text was last revised. */
export const anchorStateEnum = pgEnum("anchor_state", ["ok", "changed", "orphaned"]);

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    role: roleEnum("role").notNull(),
    active: boolean("active").notNull().default(true),
    passwordHash: text("password_hash").notNull(),
    /** Bumped to end every session of this user (sign out everywhere, deactivation, role change, reset). */
    sessionVersion: integer("session_version").notNull().default(1),
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`), index("users_role_idx").on(t.role)],
);

export const organisation = pgTable(
  "organisation",
  {
    id: integer("id").primaryKey().default(1),
    name: text("name").notNull(),
    url: text("url"),
    description: text("description"),
    contactEmail: text("contact_email"),
    logoUrl: text("logo_url"),
    updatedAt: updatedAt(),
    updatedBy: uuid("updated_by").references(() => users.id),
  },
  (t) => [check("organisation_single_row", sql`${t.id} = 1`), index("organisation_updated_by_idx").on(t.updatedBy)],
);

export const ratingScales = pgTable("rating_scales", {
  id: id(),
  name: text("name").notNull(),
  /** The verdict list in use; earlier versions stay for claims rated with them. */
  currentVersion: integer("current_version").notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const verdicts = pgTable(
  "verdicts",
  {
    id: id(),
    scaleId: uuid("scale_id")
      .notNull()
      .references(() => ratingScales.id),
    scaleVersion: integer("scale_version").notNull(),
    label: text("label").notNull(),
    description: text("description").notNull().default(""),
    colour: text("colour").notNull(),
    /** 1 = worst; used for ClaimReview ratingValue. */
    position: integer("position").notNull(),
  },
  (t) => [
    uniqueIndex("verdicts_scale_version_position_idx").on(t.scaleId, t.scaleVersion, t.position),
    uniqueIndex("verdicts_scale_version_label_idx").on(t.scaleId, t.scaleVersion, t.label),
  ],
);

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
    /** Bumped on every change of `body`; claims are re-anchored against it. */
    textRevision: integer("text_revision").notNull().default(1),
    /** Optimistic lock for edits of the article's fields. */
    version: integer("version").notNull().default(1),
    /** Number of the newest published version, null while never published. */
    publishedVersion: integer("published_version"),
    ratingScaleId: uuid("rating_scale_id").references(() => ratingScales.id),
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
  ],
);

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
    /** The claim as reviewers will check it (e.g. "he" resolved to a name). */
    statement: text("statement").notNull(),
    claimant: text("claimant").notNull().default(""),
    checkWorthiness: real("check_worthiness"),
    status: claimStatusEnum("status").notNull().default("new"),
    verdictId: uuid("verdict_id").references(() => verdicts.id),
    reviewerId: uuid("reviewer_id").references(() => users.id),
    dueOn: date("due_on"),
    publicExplanation: text("public_explanation").notNull().default(""),
    signedOffBy: uuid("signed_off_by").references(() => users.id),
    signedOffAt: timestamp("signed_off_at", { withTimezone: true }),
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
    index("claims_status_idx").on(t.status),
    index("claims_verdict_idx").on(t.verdictId),
    index("claims_signed_off_by_idx").on(t.signedOffBy),
    index("claims_created_by_idx").on(t.createdBy),
    index("claims_updated_by_idx").on(t.updatedBy),
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
    createdAt: createdAt(),
  },
  (t) => [index("comments_claim_idx").on(t.claimId, t.createdAt), index("comments_author_idx").on(t.authorId)],
);

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
  ],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: uuid("actor_id").references(() => users.id),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_log_entity_idx").on(t.entityType, t.entityId, t.createdAt),
    index("audit_log_actor_idx").on(t.actorId, t.createdAt),
    index("audit_log_created_at_idx").on(t.createdAt),
    index("audit_log_action_idx").on(t.action),
  ],
);

/** One row per sign-in: the session cookie names it, and signing out revokes it (a copied cookie stops working). */
export const sessions = pgTable(
  "sessions",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    userAgent: text("user_agent").notNull().default(""),
    ipAddress: text("ip_address"),
  },
  (t) => [index("sessions_user_created_idx").on(t.userId, t.createdAt), index("sessions_expires_at_idx").on(t.expiresAt)],
);

/** Every sign-in attempt; failed ones within a window rate-limit further attempts for that email. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    emailKey: text("email_key").notNull(),
    succeeded: boolean("succeeded").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("login_attempts_email_created_idx").on(t.emailKey, t.createdAt)],
);

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type Role = (typeof roleEnum.enumValues)[number];
export type ClaimStatus = (typeof claimStatusEnum.enumValues)[number];
export type AnchorState = (typeof anchorStateEnum.enumValues)[number];
export type Article = typeof articles.$inferSelect;
export type Claim = typeof claims.$inferSelect;
export type Verdict = typeof verdicts.$inferSelect;
export type ArticleVersion = typeof articleVersions.$inferSelect;
