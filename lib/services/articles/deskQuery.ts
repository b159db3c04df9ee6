import { and, asc, count, eq, inArray, isNull, lte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "@/db/client";
import { articles, claims, claimStatusEnum, users, verdicts } from "@/db/schema";
import type { Actor } from "@/lib/core/context";
import { isOverdueClaim, OPEN_STATUSES } from "../claims/openClaims";
import { databaseToday } from "../claims/dueDates";
import { currentVerdicts } from "../ratingScales/scaleRows";
import { readableArticles } from "./articleAccess";
import type { DeskContext, DeskFilters, PageInfo } from "./deskArticleDto";
import { MAX_DESK_PAGE } from "@/lib/domain/limits";
import { said } from "@/lib/core/zodWords";

// What the desk's lists share: the filters in the address (parsed with messages for editors), the conditions they
// make on `claims`, the filter options, the queue counts and page numbers.

/** A search parameter as a page receives it; the schemas decide what is acceptable. */
export type Param = string | string[] | undefined;

/** An empty form field means "no filter". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional());

const PAGE_MESSAGE = said("badPageNumber");

/** A 1-based page number from the address. */
export const pageField = z.preprocess(
  blankToUndefined,
  z.coerce.number(PAGE_MESSAGE).int(PAGE_MESSAGE).min(1, PAGE_MESSAGE).max(MAX_DESK_PAGE, PAGE_MESSAGE).default(1),
);

/** The desk's claim filters; each narrows the claims (and, on the article list, the articles that have such a claim). */
export const deskFilterFields = {
  reviewer: optional(z.union([z.literal("none"), z.uuid()], said("chooseReviewerList"))),
  status: optional(z.enum([...claimStatusEnum.enumValues, "open"], said("chooseStatusList"))),
  verdict: optional(z.union([z.literal("none"), z.uuid()], said("chooseVerdictList"))),
  dueBefore: optional(z.iso.date(said("enterTheDate"))),
};

type ParsedFilters = { reviewer?: string; status?: string; verdict?: string; dueBefore?: string };

/** The filters as the page shows them again ("" = none). */
export function normaliseFilters(filters: ParsedFilters): DeskFilters {
  return { reviewer: filters.reviewer ?? "", status: filters.status ?? "", verdict: filters.verdict ?? "", dueBefore: filters.dueBefore ?? "" };
}

/** Conditions on `claims` for the chosen filters (none when nothing is chosen). */
export function claimFilterConditions(filters: ParsedFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.reviewer === "none") conditions.push(isNull(claims.reviewerId));
  else if (filters.reviewer) conditions.push(eq(claims.reviewerId, filters.reviewer));
  if (filters.status === "open") conditions.push(inArray(claims.status, [...OPEN_STATUSES]));
  else if (filters.status) conditions.push(eq(claims.status, filters.status as (typeof claimStatusEnum.enumValues)[number]));
  if (filters.verdict === "none") conditions.push(isNull(claims.verdictId));
  // The same verdict on any version of the scale: claims keep the version they were rated with.
  else if (filters.verdict) {
    conditions.push(
      sql`${claims.verdictId} in (select same.id from ${verdicts} same join ${verdicts} chosen on chosen.lineage_id = same.lineage_id where chosen.id = ${filters.verdict})`,
    );
  }
  if (filters.dueBefore) conditions.push(lte(claims.dueOn, filters.dueBefore));
  return conditions;
}

/** Page numbers for a list of `total` rows. */
export function pageInfo(page: number, pageSize: number, total: number): PageInfo {
  return { page, pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Filter options, queue counts and the database's date: what every view of the desk shows beside its list. */
export async function deskContext(db: Queryable, actor: Actor | null, filters: ParsedFilters): Promise<DeskContext> {
  const readable = readableArticles(actor);
  const [staff, verdicts, [queues], today] = await Promise.all([
    db.select({ id: users.id, displayName: users.displayName }).from(users).where(eq(users.active, true)).orderBy(asc(users.displayName), asc(users.id)),
    currentVerdicts(db, null),
    queueCounts(db, readable),
    databaseToday(db),
  ]);
  return {
    filters: normaliseFilters(filters),
    options: { staff, verdicts },
    queues: { overdue: queues?.overdue ?? 0, awaitingSignoff: queues?.awaitingSignoff ?? 0 },
    today,
  };
}

/** The desk's two queues, counted over the readable articles (joined only when a reviewer's reading is limited). */
function queueCounts(db: Queryable, readable: SQL | undefined) {
  const counted = db
    .select({
      overdue: sql<number>`count(*) filter (where ${isOverdueClaim()})`.mapWith(Number),
      awaitingSignoff: sql<number>`count(*) filter (where ${eq(claims.status, "needs_signoff")})`.mapWith(Number),
    })
    .from(claims);
  // Only the claims the two queues can hold are counted.
  return (readable ? counted.innerJoin(articles, eq(articles.id, claims.articleId)) : counted).where(
    and(inArray(claims.status, [...OPEN_STATUSES, "needs_signoff"]), readable),
  );
}

/** `count(*)` of the rows matching `condition`, as a number. */
export function countWhere(condition: SQL | undefined) {
  return condition ? sql<number>`count(*) filter (where ${condition})`.mapWith(Number) : count();
}
