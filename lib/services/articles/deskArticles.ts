import { and, count, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { articles, claims } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { parseInput } from "../validation";

export type DeskArticleSummary = {
  id: string;
  title: string;
  slug: string;
  sourceOutlet: string | null;
  updatedAt: Date;
  publishedVersion: number | null;
  claimCount: number;
  signedOffCount: number;
  assignedToMe: number;
};

/** Articles on the desk, newest first, with claim progress (one query). */
export async function listDeskArticles(ctx: ServiceContext): Promise<DeskArticleSummary[]> {
  const actor = authorize(ctx, "desk:read");
  const db = await getDb();
  const me = actor?.id ?? null;
  return db
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
}

export type DeskArticle = typeof articles.$inferSelect;

/** One article as the desk sees it (draft text included). */
export async function getDeskArticle(ctx: ServiceContext, articleId: unknown): Promise<DeskArticle> {
  authorize(ctx, "desk:read");
  const id = parseInput(z.uuid("Unknown article."), articleId);
  const db = await getDb();
  const [article] = await db.select().from(articles).where(and(eq(articles.id, id)));
  if (!article) throw new NotFoundError("That article");
  return article;
}
