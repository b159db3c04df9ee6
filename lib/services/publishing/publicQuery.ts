import { and, eq, isNull, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { z } from "zod";
import { articles, articleVersions } from "@/db/schema";
import type { PublishedClaim, PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
import { API_PER_PAGE, MAX_API_PAGE } from "@/lib/domain/limits";

// What the public reads share: an article's current published version, for articles that are not retracted.

/** The input of the public reads of one claim (its embed, its retraction, its removal). */
export const claimQuery = z.strictObject({ claimId: z.uuid() });

/** Join condition: the version readers see now of each article (an unpublished article has none). */
export const latestVersionJoin: SQL = and(eq(articleVersions.articleId, articles.id), eq(articleVersions.number, articles.publishedVersion))!;

/** The language a version records for its article (ISO 639-1), as a column; null when unknown. */
export const versionLanguage = sql<string | null>`${articleVersions.snapshot}->>'language'`;

/** Only articles readers may see: not retracted. */
export const notRetracted: SQL = isNull(articles.retractedAt);

/**
 * The version (of `versions`, the table or an alias of it) published the claim `claimId`: found through
 * article_versions_claims_idx, as it must be for any id a stranger asks an embed for.
 */
export function versionHasClaim(claimId: string, versions: { snapshot: AnyColumn } = articleVersions): SQL {
  return sql`${versions.snapshot}->'claims' @> ${JSON.stringify([{ id: claimId }])}::jsonb`;
}

const PER_PAGE = `Give perPage as a whole number between 1 and ${API_PER_PAGE.max}.`;

/** A page of a list (1-based), with messages for people calling the public API. */
export const pageFields = {
  page: z.coerce
    .number("Give page as a whole number, e.g. page=2.")
    .int("Give page as a whole number, e.g. page=2.")
    .min(1, "Pages are numbered from 1.")
    .max(MAX_API_PAGE, `Give page as a whole number up to ${MAX_API_PAGE.toLocaleString("en")}.`)
    .default(1),
  perPage: z.coerce.number(PER_PAGE).int(PER_PAGE).min(1, PER_PAGE).max(API_PER_PAGE.max, PER_PAGE).default(API_PER_PAGE.default),
};

export type Page<T> = { items: T[]; page: number; perPage: number; total: number };

/**
 * What the claim readers see are read with: each current version's address and dates, its source, language and claims,
 * taken out of the snapshot by Postgres (never the article text). Join `latestVersionJoin` from articles.
 */
export const versionClaimColumns = {
  slug: articles.slug,
  title: articleVersions.title,
  number: articleVersions.number,
  publishedAt: articleVersions.publishedAt,
  source: sql<PublishedSnapshot["source"]>`${articleVersions.snapshot}->'source'`,
  language: versionLanguage,
  claims: sql<PublishedClaim[]>`${articleVersions.snapshot}->'claims'`,
};
