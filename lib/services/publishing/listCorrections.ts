import { and, count, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { z } from "zod";
import { articles, articleVersions } from "@/db/schema";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import { pageField, pageOf } from "./publicPaging";
import type { CorrectionEntry, PageOf } from "./versionsDto";

export const CORRECTIONS_PER_PAGE = 20;

const correctionsQuery = z.strictObject({ page: pageField }).default({ page: 1 });

/**
 * Every version published as a correction, newest first, one page at a time; never of a retracted article (its
 * content is gone from every public page). Public: it reads only published versions.
 */
export const listCorrections = defineVerb(
  "listCorrections",
  async (ctx, input: z.input<typeof correctionsQuery> | void): Promise<PageOf<CorrectionEntry>> => {
    const { page } = parseInput(correctionsQuery, input ?? undefined);
    const visible = and(eq(articleVersions.isCorrection, true), isNull(articles.retractedAt), isNotNull(articles.publishedVersion));
    const [items, [total]] = await Promise.all([
      ctx.db
        .select({
          slug: articles.slug,
          title: articleVersions.title,
          number: articleVersions.number,
          publishedAt: articleVersions.publishedAt,
          changeNote: articleVersions.changeNote,
        })
        .from(articleVersions)
        .innerJoin(articles, eq(articles.id, articleVersions.articleId))
        .where(visible)
        .orderBy(desc(articleVersions.publishedAt), desc(articleVersions.number))
        .limit(CORRECTIONS_PER_PAGE)
        .offset((page - 1) * CORRECTIONS_PER_PAGE),
      ctx.db.select({ n: count() }).from(articleVersions).innerJoin(articles, eq(articles.id, articleVersions.articleId)).where(visible),
    ]);
    return pageOf(items, page, total?.n ?? 0, CORRECTIONS_PER_PAGE);
  },
);
