import { and, desc, eq, exists, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { articles, claims } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { isOpenClaim, isOverdueClaim } from "../claims/openClaims";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import { readableArticles } from "./articleAccess";
import type { DeskArticlesPage, DeskArticleSummary } from "./deskArticleDto";
import { claimFilterConditions, countWhere, deskContext, deskFilterFields, pageField, pageInfo, type Param } from "./deskQuery";
import { DESK_ARTICLES_PAGE_SIZE } from "@/lib/domain/limits";

/** The desk's article list as the address asks for it: filters and page. */
export type DeskArticlesQuery = { reviewer?: Param; status?: Param; verdict?: Param; dueBefore?: Param; page?: Param | number };

const deskArticlesSchema = z.strictObject({ ...deskFilterFields, page: pageField });

/**
 * One page of the articles the actor may read (reviewers: those they have a claim on), most recently changed first,
 * each with its claims counted by status, its next due date and overdue count. Filters keep the articles that have a
 * claim matching all of them. Two queries whatever the number of articles: the page, then its claims aggregated.
 */
export const listDeskArticles = defineVerb("listDeskArticles", async (ctx, input: DeskArticlesQuery | void): Promise<DeskArticlesPage> => {
  const actor = await authorize(ctx, "desk:read");
  const { page, ...filters } = parseInput(deskArticlesSchema, input ?? {});
  const db = ctx.db;
  const claimFilters = claimFilterConditions(filters);
  const where = and(
    readableArticles(actor),
    claimFilters.length
      ? exists(db.select({ one: sql`1` }).from(claims).where(and(eq(claims.articleId, articles.id), ...claimFilters)))
      : undefined,
  );

  const [rows, context] = await Promise.all([
    db
      .select({
        id: articles.id,
        title: articles.title,
        slug: articles.slug,
        sourceOutlet: articles.sourceOutlet,
        updatedAt: articles.updatedAt,
        publishedVersion: articles.publishedVersion,
        total: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(articles)
      .where(where)
      .orderBy(desc(articles.updatedAt), desc(articles.id))
      .limit(DESK_ARTICLES_PAGE_SIZE)
      .offset((page - 1) * DESK_ARTICLES_PAGE_SIZE),
    deskContext(db, actor, filters),
  ]);

  // Past the last page the window count has no row to ride on: count apart.
  const total = rows[0]?.total ?? (page > 1 ? ((await db.select({ n: countWhere(undefined) }).from(articles).where(where))[0]?.n ?? 0) : 0);
  const ids = rows.map((row) => row.id);
  const me = actor?.id ?? null;
  const stats = ids.length
    ? await db
        .select({
          articleId: claims.articleId,
          new: countWhere(eq(claims.status, "new")),
          in_progress: countWhere(eq(claims.status, "in_progress")),
          needs_signoff: countWhere(eq(claims.status, "needs_signoff")),
          signed_off: countWhere(eq(claims.status, "signed_off")),
          dismissed: countWhere(eq(claims.status, "dismissed")),
          assignedToMe: me ? countWhere(and(eq(claims.reviewerId, me), isOpenClaim())) : sql<number>`0`.mapWith(Number),
          nextDueOn: sql<string | null>`to_char(min(${claims.dueOn}) filter (where ${isOpenClaim()}), 'YYYY-MM-DD')`,
          nextDueInDays: sql<number | null>`(min(${claims.dueOn}) filter (where ${isOpenClaim()})) - current_date`.mapWith(Number),
          overdueCount: countWhere(isOverdueClaim()),
        })
        .from(claims)
        .where(inArray(claims.articleId, ids))
        .groupBy(claims.articleId)
    : [];
  const statsByArticle = new Map(stats.map((s) => [s.articleId, s]));

  const summaries: DeskArticleSummary[] = rows.map(({ total: _total, ...article }) => {
    const s = statsByArticle.get(article.id);
    const counts = {
      new: s?.new ?? 0,
      in_progress: s?.in_progress ?? 0,
      needs_signoff: s?.needs_signoff ?? 0,
      signed_off: s?.signed_off ?? 0,
      dismissed: s?.dismissed ?? 0,
    };
    return {
      ...article,
      counts,
      claimCount: Object.values(counts).reduce((sum, n) => sum + n, 0),
      assignedToMe: s?.assignedToMe ?? 0,
      nextDueOn: s?.nextDueOn ?? null,
      nextDueInDays: s?.nextDueInDays ?? null,
      overdueCount: s?.overdueCount ?? 0,
    };
  });
  return { ...context, ...pageInfo(page, DESK_ARTICLES_PAGE_SIZE, total), articles: summaries };
});
