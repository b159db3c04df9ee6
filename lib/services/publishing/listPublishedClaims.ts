import { and, desc, gte } from "drizzle-orm";
import { z } from "zod";
import { articles, articleVersions } from "@/db/schema";
import { DATE_RANGE_TEXT, endOfDayBound, inQueryRange } from "@/lib/domain/dateBounds";
import { reviewPublishedAt } from "@/lib/domain/reviewDates";
import { defineVerb } from "../verb";
import { latestVersionJoin, notRetracted, pageFields, versionClaimColumns, type Page } from "./publicQuery";
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
    // Claims live inside each version's snapshot: read only their part of it (never the body), then page in memory. A
    // review published since a date is in a version published since then; a later version may hold one from before.
    const versions = await ctx.db
      .select(versionClaimColumns)
      .from(articles)
      .innerJoin(articleVersions, latestVersionJoin)
      .where(and(notRetracted, since ? gte(articleVersions.publishedAt, since) : undefined))
      .orderBy(desc(articleVersions.publishedAt), desc(articleVersions.id));
    const all = versions
      .flatMap(({ claims, ...version }) => claims.map((claim, index) => ({ ...version, claim, index, at: reviewPublishedAt(claim, version.publishedAt) })))
      .filter(({ at }) => (!since || at >= since) && (!until || at < until))
      .sort((a, b) => b.at.getTime() - a.at.getTime())
      .map(({ at: _at, ...entry }) => entry);
    return { items: all.slice((page - 1) * perPage, page * perPage), page, perPage, total: all.length };
  },
);
