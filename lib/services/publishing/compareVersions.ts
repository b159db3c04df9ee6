import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { articleVersions } from "@/db/schema";
import type { PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
import { diffSnapshots } from "@/lib/domain/snapshotDiff";
import { diffWords, hasWordChanges } from "@/lib/domain/wordDiff";
import { safeParsed } from "../validation";
import { defineVerb } from "../verb";
import { diffTextInTime } from "./diffTextInTime";
import type { RetractedArticleDto } from "./publishedDto";
import { findPublicArticle, slugField, versionHistory, versionNumberField } from "./publicArticle";
import type { VersionComparisonDto } from "./versionsDto";

const comparisonQuery = z.strictObject({ slug: slugField, from: versionNumberField, to: versionNumberField });

/**
 * What changed for readers between two published versions of an article, older first whichever way they are
 * given: the title and text word by word, and each claim added (or published again), removed or changed. For a retracted article only
 * when and why; null for an unknown address or version, or malformed input. Public.
 */
export const compareVersions = defineVerb(
  {
    name: "compareVersions",
    permission: "public",
    input: safeParsed(comparisonQuery),
    audit: [],
    reads: "published",
  },
  async (ctx, query): Promise<VersionComparisonDto | RetractedArticleDto | null> => {
    if (!query.success) return null;
    const { slug } = query.data;
    const [older, newer] = [query.data.from, query.data.to].sort((a, b) => a - b) as [number, number];
    const article = await findPublicArticle(ctx.db, slug);
    if (article?.kind !== "live") return article;
    const versions = await versionHistory(ctx.db, article.id);
    const from = versions.find((v) => v.number === older);
    const to = versions.find((v) => v.number === newer);
    if (!from || !to) return null;
    const rows = await ctx.db
      .select({ number: articleVersions.number, snapshot: articleVersions.snapshot })
      .from(articleVersions)
      .where(and(eq(articleVersions.articleId, article.id), inArray(articleVersions.number, [older, newer])));
    const snapshotOf = (n: number) => rows.find((r) => r.number === n)!.snapshot as PublishedSnapshot;
    const before = snapshotOf(older);
    const after = snapshotOf(newer);
    const diff = diffSnapshots(before, after, from.publishedAt);
    const text = await diffTextInTime(before.body, after.body);
    return {
      kind: "comparison",
      slug,
      title: article.title,
      language: article.language,
      textLanguage: after.language ?? null,
      latestNumber: article.latestNumber,
      versions,
      from,
      to,
      titleChange: diff.titleChanged ? diffWords(before.title, after.title) : null,
      text,
      textChanged: hasWordChanges(text),
      sourceChanged: diff.sourceChanged,
      languageChange: diff.languageChanged ? { to: after.language ?? null } : null,
      claims: diff.claims,
    };
  },
);
