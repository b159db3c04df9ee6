// The "checked before?" archive: imported fact-checks, the sources they are read from, and editors' match decisions.
import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgEnum, pgTable, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id } from "./columns";
import { users } from "./users";
import { claims } from "./claims";

/**
 * Other fact-checkers' ClaimReviews, imported for "checked before?". The newsroom's own published claims are in the
 * same archive without being copied here: the matcher reads them from the published versions (so a retraction
 * takes them out).
 */
export const factChecks = pgTable(
  "fact_checks",
  {
    id: id(),
    /** The review's whole address, fragment included (`…/article#claim-2`): with `claimKey`, the record's key. */
    url: text("url").notNull(),
    /**
     * Empty when the address alone names the review; when several reviews shared one address in the import that
     * brought this one, a hash of its claim's words (lib/domain/claimReviewImport.ts, keyFactChecks).
     */
    claimKey: text("claim_key").notNull().default(""),
    claim: text("claim").notNull(),
    claimant: text("claimant"),
    publisher: text("publisher").notNull(),
    publisherUrl: text("publisher_url"),
    /** The rating in the publisher's words (ClaimReview alternateName), else its number. */
    rating: text("rating").notNull(),
    ratingValue: real("rating_value"),
    bestRating: real("best_rating"),
    worstRating: real("worst_rating"),
    publishedOn: date("published_on"),
    language: text("language"),
    importedBy: uuid("imported_by").references(() => users.id),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("fact_checks_url_claim_key_idx").on(t.url, t.claimKey),
    index("fact_checks_imported_at_idx").on(t.importedAt),
    index("fact_checks_imported_by_idx").on(t.importedBy),
  ],
);

/** What an address held when it was last read: ClaimReview data or markup, a Factdesk's API answer, or a news feed. */
export const factCheckSourceKindEnum = pgEnum("fact_check_source_kind", ["claimreview", "factdesk_api", "feed"]);

/** How a source's last read ended, as the desk shows it. */
export type FactCheckSourceOutcome =
  | { ok: true; imported: number; skipped: number; pages: number }
  | { ok: false; message: string };

/**
 * An address the archive reads other fact-checkers' ClaimReviews from, again and again: on a schedule
 * (`everyHours`), or when an editor asks. Which instance reads a due source is decided in the database (the
 * first to lock it; `readingUntil` keeps it from the others while it fetches), so instances never read one twice.
 */
export const factCheckSources = pgTable(
  "fact_check_sources",
  {
    id: id(),
    url: text("url").notNull(),
    kind: factCheckSourceKindEnum("kind"),
    /** Null: read only when someone asks. */
    everyHours: integer("every_hours"),
    /** When the schedule reads it next; null without a schedule. */
    nextReadAt: timestamp("next_read_at", { withTimezone: true }),
    /** Set while an instance reads it; past this time the read counts as lost, and the source may be read again. */
    readingUntil: timestamp("reading_until", { withTimezone: true }),
    lastReadAt: timestamp("last_read_at", { withTimezone: true }),
    /** The start of the last read that succeeded: a feed's entries older than that are not fetched again. */
    lastSucceededAt: timestamp("last_succeeded_at", { withTimezone: true }),
    lastOutcome: jsonb("last_outcome").$type<FactCheckSourceOutcome>(),
    addedBy: uuid("added_by").references(() => users.id),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("fact_check_sources_url_idx").on(t.url),
    index("fact_check_sources_next_read_at_idx").on(t.nextReadAt),
    index("fact_check_sources_added_by_idx").on(t.addedBy),
    check("fact_check_sources_every_hours", sql`${t.everyHours} IS NULL OR ${t.everyHours} > 0`),
  ],
);

export const matchDecisionEnum = pgEnum("match_decision", ["linked", "dismissed"]);

/**
 * What an editor decided about a suggested match of a claim: linked (kept, shown to the reviewer) or dismissed
 * (not shown again). `matchKey` names the archive entry: `fc:<fact check id>` or `own:<published claim id>`.
 */
export const claimMatches = pgTable(
  "claim_matches",
  {
    id: id(),
    claimId: uuid("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    matchKey: text("match_key").notNull(),
    decision: matchDecisionEnum("decision").notNull(),
    /** What the match showed when it was linked, so the link still reads the same if the archive entry goes. */
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("claim_matches_claim_key_idx").on(t.claimId, t.matchKey),
    index("claim_matches_decided_by_idx").on(t.decidedBy),
  ],
);
