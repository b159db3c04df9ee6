import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { articles, claims } from "@/db/schema";
import { countWhere, pageField, pageInfo, type Param } from "../articles/deskQuery";
import { defineVerb } from "../verb";
import { MY_CLAIMS_FILTERS, type MyClaimsFilter, type MyClaimsPage } from "./claimQueueDto";
import { isOpenClaim } from "./openClaims";
import { selectQueueClaims, toQueueClaim } from "./queueClaims";
import { MY_CLAIMS_PAGE_SIZE } from "@/lib/domain/limits";
import { said } from "@/lib/core/zodWords";

/** "My claims" as the address asks for it. */
export type MyClaimsQuery = { status?: Param; page?: Param | number };

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const myClaimsSchema = z.strictObject({
  status: z.preprocess(blankToUndefined, z.enum(MY_CLAIMS_FILTERS, said("chooseListedStatus")).default("open")),
  page: pageField,
});

/** What each filter keeps; "open" is the navigation's "waiting for you" (see openClaims.ts). */
function filterCondition(filter: MyClaimsFilter): SQL | undefined {
  if (filter === "open") return isOpenClaim();
  if (filter === "all") return undefined;
  return eq(claims.status, filter);
}

/**
 * The claims assigned to the signed-in staff member, across articles: due soonest first, those without a due date
 * last; open ones (new or in progress) unless another status filter is chosen. Two queries: the page and the counts.
 */
export const listMyClaims = defineVerb({
  name: "listMyClaims",
  permission: "desk:read",
  input: myClaimsSchema.prefault({}),
  audit: [],
}, async (ctx, { status: filter, page }, actor): Promise<MyClaimsPage> => {
  const empty = Object.fromEntries(MY_CLAIMS_FILTERS.map((f) => [f, 0])) as Record<MyClaimsFilter, number>;
  // The command line has nobody's claims.
  if (!actor) return { filter, claims: [], counts: empty, ...pageInfo(page, MY_CLAIMS_PAGE_SIZE, 0) };

  const mine = eq(claims.reviewerId, actor.id);
  const [rows, [counts]] = await Promise.all([
    selectQueueClaims(ctx.db)
      .where(and(mine, filterCondition(filter)))
      .orderBy(sql`${claims.dueOn} asc nulls last`, asc(articles.title), asc(claims.articleId), asc(claims.number))
      .limit(MY_CLAIMS_PAGE_SIZE)
      .offset((page - 1) * MY_CLAIMS_PAGE_SIZE),
    ctx.db
      .select({
        open: countWhere(isOpenClaim()),
        needs_signoff: countWhere(eq(claims.status, "needs_signoff")),
        signed_off: countWhere(eq(claims.status, "signed_off")),
        dismissed: countWhere(eq(claims.status, "dismissed")),
        all: countWhere(undefined),
      })
      .from(claims)
      .where(mine),
  ]);
  const totals = counts ?? empty;
  return { filter, claims: rows.map(toQueueClaim), counts: totals, ...pageInfo(page, MY_CLAIMS_PAGE_SIZE, totals[filter]) };
});
