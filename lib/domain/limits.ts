// Every limit Factdesk sets, in one place: the size of a request body, the length of a field, how many items a list
// or a page holds, how long a step may take. Forms (maxLength), the verbs' Zod schemas, routes and the server read
// them from here; docs/deploy.md's "Limits" table is generated from this file (npm run docs:limits) and a unit test
// keeps the two the same.
//
// Each limit is one `export const` with a one-line (or longer) doc comment, under a `// ## Section` heading, in
// that form so the table can be generated. Limits an operator sets are environment variables (lib/config.ts, the
// README's table); sign-in throttling is a policy of its own (lib/domain/signInDelays.ts), as is the password
// policy (lib/domain/passwordPolicy.ts).
//
// The body limits live in lib/domain/bodyLimits.mjs, plain JavaScript that next.config.js and the server read as
// it is; they are re-exported here, so the app reads every limit from this module.
import { FORM_BODY_BYTES, sizeInWords, tooLargeToSend } from "./bodyLimits.mjs";
import type { NamedWords } from "./translate";

export { API_BODY_BYTES, FORM_BODY_BYTES, SIGN_IN_BODY_BYTES, sizeInWords, tooLargeToSend } from "./bodyLimits.mjs";

const KB = 1024;
const MB = 1024 * KB;

// ## Sizes in bytes

/**
 * What a browser adds to a form's own values when it sends them (the action's id and arguments, multipart
 * boundaries): a form checks its values against the body limit less this.
 */
export const SENDING_ALLOWANCE_BYTES = 64 * KB;

/** The largest web page an article is imported from (its HTML, after decompression). */
export const IMPORTED_PAGE_BYTES = 5 * MB;

/** The largest answer the archive reads from one address (about 20 MB of JSON: some 50,000 ClaimReviews). */
export const FETCHED_CLAIM_REVIEWS_BYTES = 20 * MB;

/** The largest public answer the server keeps in its cache; a larger one is rendered every time. */
export const CACHED_ANSWER_BYTES = 2 * MB;

// ## Text fields, in characters

/** The longest article Factdesk takes, in characters (as JavaScript counts them). */
export const MAX_ARTICLE_CHARACTERS = 1_000_000;

/** An article's title; also a source's title on a claim. */
export const MAX_TITLE_CHARACTERS = 300;

/** A name: an article's outlet and author, a claimant, the organisation. */
export const MAX_NAME_CHARACTERS = 200;

/** A name read from an imported ClaimReview (its author, the claimant, the review's headline is cut to this). */
export const IMPORTED_NAME_CHARACTERS = 300;

/** A staff member's display name. */
export const MAX_DISPLAY_NAME_CHARACTERS = 120;

/** An e-mail address (RFC 5321's longest path). */
export const MAX_EMAIL_CHARACTERS = 320;

/** A web address: a claim's appearance, a source, a fact-check, an import. */
export const MAX_URL_CHARACTERS = 2_048;

/** A claim's statement, as reviewers check it; also a claim read from an imported ClaimReview. */
export const MAX_CLAIM_CHARACTERS = 2_000;

/** A claim's public explanation. */
export const MAX_EXPLANATION_CHARACTERS = 10_000;

/** A staff comment on a claim, and the comment that returns a claim to its reviewer. */
export const MAX_COMMENT_CHARACTERS = 5_000;

/** Why a claim is dismissed as not worth checking. */
export const MAX_DISMISSAL_REASON_CHARACTERS = 1_000;

/** What readers are told: a published version's change note, a retraction's reason. */
export const MAX_PUBLIC_NOTE_CHARACTERS = 2_000;

/** The organisation's short description. */
export const MAX_ORGANISATION_DESCRIPTION_CHARACTERS = 2_000;

/** The organisation's methodology and transparency texts: a long one is a few pages; every about page carries it. */
export const MAX_TRANSPARENCY_CHARACTERS = 20_000;

/** A verdict's name on the rating scale. */
export const MAX_VERDICT_LABEL = 60;

/** A verdict's description on the rating scale. */
export const MAX_VERDICT_DESCRIPTION = 500;

/** A search query, on the desk and on the public site. */
export const MAX_SEARCH_CHARACTERS = 200;

/** The shortest desk search query. */
export const MIN_SEARCH_CHARACTERS = 2;

/**
 * What a password field accepts before the password policy reads it: the policy's own limit is lower
 * (MAX_PASSWORD_LENGTH in passwordPolicy.ts), so a longer one is refused with the policy's sentence.
 */
export const PASSWORD_FIELD_CHARACTERS = 4_096;

/**
 * Any one field of a form a server action reads (lib/web/actionInput.ts). It is above every field's own limit (the
 * longest, MAX_TRANSPARENCY_CHARACTERS), so only runaway text stops here; the verb says each field's real limit.
 */
export const MAX_FORM_FIELD_CHARACTERS = 50_000;

// ## Lists and batches

/** Sources on one claim. */
export const MAX_SOURCES_PER_CLAIM = 50;

/** Verdicts on one rating scale. */
export const MAX_VERDICTS_PER_SCALE = 30;

/** Claims assigned in one bulk assignment (ten pages of the desk's claim list). */
export const MAX_BULK_ASSIGN = 500;

/** Claim suggestions accepted at once. */
export const MAX_ACCEPTED_SUGGESTIONS = 5_000;

/** Notifications marked read at once. */
export const MAX_NOTIFICATIONS_MARKED = 200;

/** Addresses the archive reads fact-checks from. */
export const MAX_FACT_CHECK_SOURCES = 100;

/** ClaimReview records read from one file or address. */
export const MAX_RECORDS_PER_IMPORT = 50_000;

/** The largest ClaimReview file read, in characters: it arrives in a page's form, whose body is at most FORM_BODY_BYTES. */
export const MAX_IMPORT_CHARACTERS = FORM_BODY_BYTES;

/** Pages of a Factdesk API answer read at most in one go (at `perPage=100`, 20,000 reviews). */
export const MAX_API_PAGES = 200;

/** Pages a news feed links to that are read at most in one go. */
export const MAX_FEED_PAGES = 50;

/** Sentences one request asks the archive to match (the workspace's suggestions). */
export const MAX_MATCHED_TEXTS = 1_000;

/** Attempts at an outbox message before it is failed, until an admin retries it (/admin/outbox). */
export const OUTBOX_MAX_ATTEMPTS = 8;

/** Outbox messages one worker takes at a time; the rest wait for its next turn, or another instance. */
export const OUTBOX_BATCH = 20;

// ## Page sizes

/** Articles on one page of the desk's article list. */
export const DESK_ARTICLES_PAGE_SIZE = 25;

/** Claims on one page of the desk's claim queue. */
export const DESK_CLAIMS_PAGE_SIZE = 50;

/** Claims on one page of a reviewer's own list. */
export const MY_CLAIMS_PAGE_SIZE = 50;

/** Entries on one page of the audit log. */
export const AUDIT_PAGE_SIZE = 50;

/** Audit entries read per query while exporting the log. */
export const AUDIT_EXPORT_PAGE_SIZE = 1_000;

/** Published fact-checks on one page of the public list. */
export const FACT_CHECKS_PER_PAGE = 20;

/** Corrections and retractions on one page of the public corrections list. */
export const CORRECTIONS_PER_PAGE = 20;

/** Items on one page of the public API when `perPage` is not given, and the most it may ask for. */
export const API_PER_PAGE = { default: 20, max: 100 } as const;

/** The most articles and claims one desk search returns, best first. */
export const DESK_SEARCH_HITS = { articles: 20, claims: 50 } as const;

/** The most articles and claims one public search returns, best first. */
export const PUBLIC_SEARCH_HITS = { articles: 20, claims: 50 } as const;

/** A staff member's notifications listed at once when not asked for more, and the most that may be asked for. */
export const NOTIFICATIONS_LISTED = { default: 30, max: 100 } as const;

/** Published articles, versions or retractions listed at once when not asked for more, and the most. */
export const PUBLISHED_LISTED = { default: 50, max: 200 } as const;

/** The sitemap's fact-checks: the protocol's 50,000 addresses a file, less the home and about pages. */
export const SITEMAP_ARTICLES = 49_998;

/** The highest page number the desk's lists take; beyond it the address is refused rather than scanned. */
export const MAX_DESK_PAGE = 100_000;

/** The highest page number the public pages take; beyond it the address is refused rather than scanned. */
export const MAX_PUBLIC_PAGE = 10_000;

/** The highest page the public API takes: a page past the last one is empty (the OpenAPI document says both). */
export const MAX_API_PAGE = 1_000_000_000;

/** The longest range one statistics page charts, in days: two years of weeks. */
export const MAX_STATISTICS_DAYS = 731;

// ## Time

/**
 * How long the claim suggestions for one workspace may take, waiting for a worker thread included (a 1 MB article
 * of one-word bullet lines takes about a second): after that the workspace opens without them and says why.
 */
export const SUGGESTIONS_TIME_BUDGET_MS = 5_000;

/** How long comparing two versions of an article word by word may take; after that the text shows as replaced. */
export const TEXT_DIFF_TIME_BUDGET_MS = 5_000;

/** How long reading the article out of an imported web page (up to 5 MB of HTML) may take; after that it is refused. */
export const PAGE_READING_TIME_BUDGET_MS = 15_000;

/**
 * How long reading the ClaimReviews (or a news feed's entries) out of one file, page or answer may take; after that it
 * is refused. A flat 5 MB page takes a few seconds; a deeply nested one far longer (its parser is slower than linear).
 */
export const CLAIM_REVIEW_READING_TIME_BUDGET_MS = 15_000;

/** How long carrying the claims over to a revised text may take (1,000 claims on 1 MB: seconds); after, it is refused. */
export const REANCHOR_TIME_BUDGET_MS = 30_000;

/** How long the health check waits for the database before it answers 503. */
export const HEALTH_CHECK_TIMEOUT_MS = 3_000;

/** How long checking that the read replica has caught up may take; after that the read goes to the primary. */
export const READ_REPLICA_CHECK_TIMEOUT_MS = 1_000;

/** How long a read replica that failed (unreachable, too slow, an error) is left alone: its reads go to the primary. */
export const READ_REPLICA_RETRY_MS = 10_000;

/** How long a read of a fact-check source may take before another instance may take the source again. */
export const SOURCE_READ_LEASE_MS = 30 * 60 * 1000;

/** How old an operator token (the backup command's) may be. */
export const OPERATOR_TOKEN_MAX_AGE_MS = 60_000;

/** How often a live event stream sends a heartbeat, so proxies and browsers keep an idle stream open. */
export const LIVE_HEARTBEAT_MS = 20_000;

/** How long a browser waits before reconnecting a live event stream that ended (the stream's `retry:`). */
export const LIVE_RETRY_MS = 3_000;

/** How long one live event stream stays open; the browser reconnects at once, its session checked again. */
export const LIVE_STREAM_MAX_MS = 5 * 60 * 1000;

/**
 * How often the sessions of the open live event streams are checked again (one query for all of a process's streams):
 * a stream whose session ended (signed out, deactivated, password reset) or whose role changed ends within it.
 */
export const LIVE_SESSION_CHECK_MS = 30_000;

/** How many bytes a live event stream may hold for a viewer who is not reading them; past it the stream is closed (it reconnects and reads again). */
export const LIVE_STREAM_BACKLOG_BYTES = 256 * KB;

/** How often an open workspace tells the others it is still there (and which claim it shows). */
export const PRESENCE_HEARTBEAT_MS = 8_000;

/** How long after its last heartbeat a workspace that closed without saying so (a crash, a lost network) counts as gone. */
export const PRESENCE_GONE_AFTER_MS = 20_000;

/** How long after writing it a comment's author may still edit or delete it. */
export const COMMENT_EDIT_MINUTES = 15;

/** The hour (UTC) the daily digest goes out, gathering the notifications of the day before. */
export const DIGEST_HOUR_UTC = 6;

/** The outbox's wait after a first failed attempt (a mail the SMTP server did not take); it doubles after each further one. */
export const OUTBOX_FIRST_DELAY_MS = 30_000;

/** The longest the outbox waits between two attempts at one message. */
export const OUTBOX_MAX_DELAY_MS = 3_600_000;

/** How long a worker holds an outbox message while delivering it; after that another may take it (the first died). */
export const OUTBOX_LEASE_MS = 120_000;

/** How long the SMTP server may take to accept a connection, and then to greet. */
export const SMTP_CONNECT_TIMEOUT_MS = 10_000;

/** How long an SMTP conversation may stay silent before the attempt fails (well inside OUTBOX_LEASE_MS). */
export const SMTP_SOCKET_TIMEOUT_MS = 30_000;

/** Why a form whose values take `bytes` cannot be sent (tooLargeToSend), or null when it can. */
export function formSizeProblem(bytes: number): string | null {
  return bytes > FORM_BODY_BYTES - SENDING_ALLOWANCE_BYTES ? tooLargeToSend() : null;
}

/**
 * Why an article text cannot be sent, as words an editor can act on (a key of the catalog's "desk.articleFields" and
 * its values; the form says them in its language), or null when it can. Checked in the browser before sending, so a
 * paste that is too long is refused on the form with the text still in it.
 */
export function articleTextProblem(text: string, encodedBytes: number): NamedWords<"tooLong" | "tooLarge"> | null {
  if (text.length > MAX_ARTICLE_CHARACTERS) return { key: "tooLong", values: { length: text.length, max: MAX_ARTICLE_CHARACTERS } };
  return formSizeProblem(encodedBytes) ? { key: "tooLarge", values: { size: sizeInWords(FORM_BODY_BYTES) } } : null;
}
