import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { articles, claims } from "@/db/schema";
import { readableArticles } from "../articles/articleAccess";
import { claimFilterConditions, countWhere, deskContext, deskFilterFields, pageField, pageInfo, type Param } from "../articles/deskQuery";
import { defineVerb } from "../verb";
import { DESK_CLAIM_VIEWS, type DeskClaimView, type DeskClaimsPage } from "./claimQueueDto";
import { isOverdueClaim } from "./openClaims";
import { selectQueueClaims, toQueueClaim } from "./queueClaims";
import { DESK_CLAIMS_PAGE_SIZE } from "@/lib/domain/limits";
import { said } from "@/lib/core/zodWords";

/** One of the desk's claim lists as the address asks for it. */
export type DeskClaimsQuery = {
  view?: Param;
  article?: Param;
  reviewer?: Param;
  status?: Param;
  verdict?: Param;
  dueBefore?: Param;
  page?: Param | number;
};

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const deskClaimsSchema = z.strictObject({
  view: z.preprocess(blankToUndefined, z.enum(DESK_CLAIM_VIEWS, said("chooseDeskList")).default("claims")),
  article: z.preprocess(blankToUndefined, z.uuid(said("filterArticleNotFound")).optional()),
  ...deskFilterFields,
  page: pageField,
});

/** What each list holds, and its order: the overdue list oldest due date first, sign-off longest waiting first. */
const VIEWS: Record<DeskClaimView, { where?: () => SQL; orderBy: () => SQL[] }> = {
  claims: { orderBy: () => [desc(articles.updatedAt), desc(articles.id), asc(claims.number)] },
  overdue: { where: isOverdueClaim, orderBy: () => [asc(claims.dueOn), asc(articles.title), asc(claims.articleId), asc(claims.number)] },
  signoff: {
    where: () => eq(claims.status, "needs_signoff"),
    orderBy: () => [sql`${claims.submittedAt} asc nulls last`, sql`${claims.dueOn} asc nulls last`, asc(claims.articleId), asc(claims.number)],
  },
};

/**
 * One page of the desk's claims across the articles the actor may read: every claim ("claims", filtered, e.g. the
 * unassigned ones to hand out), the overdue ones (open and past due, oldest first) or those awaiting sign-off.
 */
export const listDeskClaims = defineVerb({
  name: "listDeskClaims",
  permission: "desk:read",
  input: deskClaimsSchema.prefault({}),
  audit: [],
}, async (ctx, { view, article: articleId, page, ...filters }, actor): Promise<DeskClaimsPage> => {
  const db = ctx.db;
  const readable = readableArticles(actor);
  const where = and(readable, VIEWS[view].where?.(), articleId ? eq(claims.articleId, articleId) : undefined, ...claimFilterConditions(filters));

  const counted = db.select({ n: countWhere(undefined) }).from(claims);
  const [rows, [counts], context, [article]] = await Promise.all([
    selectQueueClaims(db)
      .where(where)
      .orderBy(...VIEWS[view].orderBy())
      .limit(DESK_CLAIMS_PAGE_SIZE)
      .offset((page - 1) * DESK_CLAIMS_PAGE_SIZE),
    // Counted without the joins the rows need; the article only when a reviewer's reading is limited by it.
    (readable ? counted.innerJoin(articles, eq(articles.id, claims.articleId)) : counted).where(where),
    deskContext(db, actor, filters),
    articleId ? db.select({ id: articles.id, title: articles.title }).from(articles).where(and(eq(articles.id, articleId), readable)) : [],
  ]);
  const total = counts?.n ?? 0;
  return { ...context, ...pageInfo(page, DESK_CLAIMS_PAGE_SIZE, total), view, article: article ?? null, claims: rows.map(toQueueClaim) };
});
