import { count, desc, eq, sql } from "drizzle-orm";
import { articles, claims } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { defineVerb } from "../verb";
import type { DeskArticleSummary } from "./deskArticleDto";

/** Articles on the desk, newest first, with claim progress (one query). */
export const listDeskArticles = defineVerb("listDeskArticles", async (ctx, _input: void): Promise<DeskArticleSummary[]> => {
  const actor = await authorize(ctx, "desk:read");
  const me = actor?.id ?? null;
  return ctx.db
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      sourceOutlet: articles.sourceOutlet,
      updatedAt: articles.updatedAt,
      publishedVersion: articles.publishedVersion,
      claimCount: count(claims.id),
      signedOffCount: sql<number>`count(${claims.id}) filter (where ${claims.status} = 'signed_off')`.mapWith(Number),
      assignedToMe: me
        ? sql<number>`count(${claims.id}) filter (where ${claims.reviewerId} = ${me})`.mapWith(Number)
        : sql<number>`0`.mapWith(Number),
    })
    .from(articles)
    .leftJoin(claims, eq(claims.articleId, articles.id))
    .groupBy(articles.id)
    .orderBy(desc(articles.updatedAt));
});
