import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { articles, articleVersions } from "@/db/schema";
import type { PublishedSnapshot } from "@/lib/domain/publishedSnapshot";

// Reader-facing reads: no actor needed, and they only ever touch published versions.

export type PublishedArticleSummary = {
  slug: string;
  title: string;
  number: number;
  publishedAt: Date;
  sourceOutlet: string | null;
  claimCount: number;
};

/** Published articles, most recently published first. */
export async function listPublishedArticles(limit = 50): Promise<PublishedArticleSummary[]> {
  const db = await getDb();
  return db
    .select({
      slug: articles.slug,
      title: articleVersions.title,
      number: articleVersions.number,
      publishedAt: articleVersions.publishedAt,
      sourceOutlet: sql<string | null>`${articleVersions.snapshot}->'source'->>'outlet'`,
      claimCount: sql<number>`jsonb_array_length(${articleVersions.snapshot}->'claims')`.mapWith(Number),
    })
    .from(articles)
    .innerJoin(articleVersions, and(eq(articleVersions.articleId, articles.id), eq(articleVersions.number, articles.publishedVersion)))
    .orderBy(desc(articleVersions.publishedAt))
    .limit(limit);
}

export type PublishedVersionDto = {
  slug: string;
  number: number;
  latestNumber: number;
  publishedAt: Date;
  changeNote: string;
  isCorrection: boolean;
  snapshot: PublishedSnapshot;
  history: { number: number; publishedAt: Date; changeNote: string; isCorrection: boolean }[];
};

const slugSchema = z.string().regex(/^[a-z0-9-]{1,100}$/);

/** A published version of an article (the latest when `number` is omitted), or null. */
export async function getPublishedVersion(slug: string, number?: number): Promise<PublishedVersionDto | null> {
  if (!slugSchema.safeParse(slug).success) return null;
  if (number !== undefined && (!Number.isInteger(number) || number < 1)) return null;
  const db = await getDb();
  const [article] = await db
    .select({ id: articles.id, latest: articles.publishedVersion })
    .from(articles)
    .where(eq(articles.slug, slug));
  if (!article?.latest) return null;
  const history = await db
    .select({
      number: articleVersions.number,
      publishedAt: articleVersions.publishedAt,
      changeNote: articleVersions.changeNote,
      isCorrection: articleVersions.isCorrection,
    })
    .from(articleVersions)
    .where(eq(articleVersions.articleId, article.id))
    .orderBy(desc(articleVersions.number));
  const wanted = history.find((v) => v.number === (number ?? article.latest));
  if (!wanted) return null;
  const [version] = await db
    .select({ snapshot: articleVersions.snapshot })
    .from(articleVersions)
    .where(and(eq(articleVersions.articleId, article.id), eq(articleVersions.number, wanted.number)));
  return {
    slug,
    number: wanted.number,
    latestNumber: article.latest,
    publishedAt: wanted.publishedAt,
    changeNote: wanted.changeNote,
    isCorrection: wanted.isCorrection,
    snapshot: version!.snapshot as PublishedSnapshot,
    history,
  };
}
