import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "@/db/client";
import { articleRetractions, articles, articleVersions } from "@/db/schema";
import type { RetractedArticleDto } from "./publishedDto";
import type { RetractionEntry, VersionEntry } from "./versionsDto";
import { versionLanguage } from "./publicQuery";

/** An article's address as readers type it: anything else is unknown, never an error. */
export const slugField = z.string().regex(/^[a-z0-9-]{1,100}$/);

/** The highest version number an address may name (the public API refuses a larger one; below it, unknown is 404). */
export const MAX_VERSION_NUMBER = 1_000_000;

/** A version number from an address or a form (`?from=2`). */
export const versionNumberField = z.coerce.number().int().positive().max(MAX_VERSION_NUMBER);

export type PublicArticle = { kind: "live"; id: string; latestNumber: number; title: string; language: string | null } | RetractedArticleDto;

/**
 * The published article at this address: for a retracted one only when and why (as its page shows), null when
 * nothing was ever published there. The first step of every public read of one article.
 */
export async function findPublicArticle(db: Queryable, slug: string): Promise<PublicArticle | null> {
  const [article] = await db
    .select({
      id: articles.id,
      latest: articles.publishedVersion,
      retractedAt: articles.retractedAt,
      reason: articles.retractionReason,
      title: articleVersions.title,
      language: versionLanguage,
    })
    .from(articles)
    .leftJoin(articleVersions, and(eq(articleVersions.articleId, articles.id), eq(articleVersions.number, articles.publishedVersion)))
    .where(eq(articles.slug, slug));
  if (!article?.latest) return null;
  const language = article.language ?? null;
  if (article.retractedAt) return { kind: "retracted", slug, title: article.title ?? "", language, version: article.latest, retractedAt: article.retractedAt, reason: article.reason ?? "" };
  return { kind: "live", id: article.id, latestNumber: article.latest, title: article.title ?? "", language };
}

/** Every version of an article, newest first (without their content). */
export async function versionHistory(db: Queryable, articleId: string): Promise<VersionEntry[]> {
  return db
    .select({
      number: articleVersions.number,
      title: articleVersions.title,
      publishedAt: articleVersions.publishedAt,
      changeNote: articleVersions.changeNote,
      isCorrection: articleVersions.isCorrection,
    })
    .from(articleVersions)
    .where(eq(articleVersions.articleId, articleId))
    .orderBy(desc(articleVersions.number));
}

/** Every retraction of an article, newest first: public facts, kept when the article is published again. */
export async function retractionHistory(db: Queryable, articleId: string): Promise<RetractionEntry[]> {
  return db
    .select({ version: articleRetractions.version, retractedAt: articleRetractions.retractedAt, reason: articleRetractions.reason })
    .from(articleRetractions)
    .where(eq(articleRetractions.articleId, articleId))
    .orderBy(desc(articleRetractions.retractedAt));
}
