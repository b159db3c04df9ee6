import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { articles, claims } from "@/db/schema";
import { grantOf, type Resource } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/core/context";

// Who may read an article on the desk ("article:read"): editors and admins every article, reviewers only the
// articles they have a claim on. Single reads check one article; lists filter with the same rule.

/** What `authorize(ctx, "article:read", …)` checks one article against. */
export async function articleResource(db: Queryable, articleId: string, actor: Actor | null): Promise<Resource> {
  if (!actor || grantOf(actor.role, "article:read") !== "assigned") return {};
  const [claim] = await db
    .select({ id: claims.id })
    .from(claims)
    .where(and(eq(claims.articleId, articleId), eq(claims.reviewerId, actor.id)))
    .limit(1);
  return { reviewerIds: claim ? [actor.id] : [] };
}

/**
 * A condition on `articles` for list queries (desk, search): the articles this actor may read, or undefined when
 * that is every article. `actor` is the one authorize() returned (null: the system, which reads everything).
 */
export function readableArticles(actor: Actor | null): SQL | undefined {
  if (!actor || grantOf(actor.role, "article:read") !== "assigned") return undefined;
  return sql`exists (select 1 from ${claims} where ${claims.articleId} = ${articles.id} and ${claims.reviewerId} = ${actor.id})`;
}

/** The staff members with a claim to review on an article: the reviewers (of the "assigned" grant) who may read it. */
export async function articleReviewerIds(db: Queryable, articleId: string): Promise<Set<string>> {
  const rows = await db.selectDistinct({ reviewerId: claims.reviewerId }).from(claims).where(eq(claims.articleId, articleId));
  return new Set(rows.flatMap((row) => (row.reviewerId ? [row.reviewerId] : [])));
}
