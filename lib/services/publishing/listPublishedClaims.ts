import { sql } from "drizzle-orm";
import { z } from "zod";
import { rowsOf } from "@/db/client";
import { articles, articleVersions } from "@/db/schema";
import { DATE_RANGE_TEXT, endOfDayBound, inQueryRange } from "@/lib/domain/dateBounds";
import type { PublishedClaim } from "@/lib/domain/publishedSnapshot";
import { defineVerb } from "../verb";
import { latestVersionJoin, notRetracted, pageFields, versionLanguage, type Page } from "./publicQuery";
import type { PublishedClaimEntry } from "./publishedDto";

const DATE = "Give dates as YYYY-MM-DD or a full ISO 8601 time, e.g. 2026-05-01 or 2026-05-01T12:00:00Z.";
const RANGE = `Give dates ${DATE_RANGE_TEXT}.`;

/**
 * A day (from its start; `until` counts the whole day, and the last day there is sets no bound) or an exact moment
 * (`until` counts it: the bound is the moment after).
 */
const dateBound = (endOfDay: boolean) =>
  z
    .union([z.iso.date(DATE), z.iso.datetime({ offset: true, error: DATE })], DATE)
    .transform((value) => {
      if (value.length !== 10) return new Date(Date.parse(value) + (endOfDay ? 1 : 0));
      return endOfDay ? (endOfDayBound(value) ?? undefined) : new Date(`${value}T00:00:00Z`);
    })
    .refine((moment) => !moment || inQueryRange(moment), RANGE)
    .optional();

/** The query of GET /api/v1/claim-reviews (its OpenAPI parameters are generated from it). */
export const publishedClaimsQuery = z
  .strictObject({ since: dateBound(false), until: dateBound(true), ...pageFields })
  .refine((q) => !q.since || !q.until || q.since < q.until, { message: "since must be before until.", path: ["since"] });

/**
 * A page of the claims readers see now (the current version of every article that is not retracted), newest
 * publication first, optionally only those published since/until a date: the date each review was first published
 * (ClaimReview's datePublished), not its version's, so that a correction does not move an old review out of its days.
 * Public: reads only published versions.
 */
export const listPublishedClaims = defineVerb(
  {
    name: "listPublishedClaims",
    permission: "public",
    input: publishedClaimsQuery.prefault({}),
    audit: [],
    reads: "published",
  },
  async (ctx, { since, until, page, perPage }): Promise<Page<PublishedClaimEntry>> => {
    // Each claim of each current version, one row apiece, dated by its review; Postgres filters, orders and pages
    // them, so a page reads only its own claims. A review published since a date is in a version published since
    // then (the first condition), but a later version may hold one published before it.
    const claims = sql`
      from ${articles}
      join ${articleVersions} on ${latestVersionJoin}
      cross join lateral jsonb_array_elements(${articleVersions.snapshot}->'claims') with ordinality as c(claim, ordinal)
      cross join lateral (select coalesce((c.claim->>'firstPublishedAt')::timestamptz, ${articleVersions.publishedAt}) as at) as review
      where ${notRetracted}
        ${since ? sql`and ${articleVersions.publishedAt} >= ${moment(since)} and review.at >= ${moment(since)}` : sql``}
        ${until ? sql`and review.at < ${moment(until)}` : sql``}`;
    const [rows, counts] = await Promise.all([
      ctx.db
        .execute(sql`
          select ${articles.slug} as slug, ${articleVersions.title} as title, ${articleVersions.number} as number,
                 ${articleVersions.publishedAt} as published_at, ${articleVersions.snapshot}->'source' as source,
                 ${versionLanguage} as language, c.claim, c.ordinal - 1 as index
          ${claims}
          order by review.at desc, ${articleVersions.publishedAt} desc, ${articleVersions.id} desc, c.ordinal
          limit ${perPage} offset ${(page - 1) * perPage}`)
        .then((result) => rowsOf<ClaimRow>(result)),
      ctx.db.execute(sql`select count(*) as total ${claims}`).then((result) => rowsOf<{ total: number | string }>(result)),
    ]);
    return { items: rows.map(entryOf), page, perPage, total: Number(counts[0]?.total ?? 0) };
  },
);

/** A time as a query parameter (postgres.js takes no Date in raw SQL). */
const moment = (at: Date) => sql`${at.toISOString()}::timestamptz`;

type ClaimRow = {
  slug: string;
  title: string;
  number: number | string;
  published_at: Date | string;
  source: PublishedClaimEntry["source"] | string;
  language: string | null;
  claim: PublishedClaim | string;
  index: number | string;
};

/** A row as both drivers give it (jsonb as text or parsed, numbers and times as text or not). */
function entryOf(row: ClaimRow): PublishedClaimEntry {
  const json = <T>(value: T | string): T => (typeof value === "string" ? (JSON.parse(value) as T) : value);
  return {
    slug: row.slug,
    title: row.title,
    number: Number(row.number),
    publishedAt: new Date(row.published_at),
    source: json(row.source),
    language: row.language,
    claim: json(row.claim),
    index: Number(row.index),
  };
}
