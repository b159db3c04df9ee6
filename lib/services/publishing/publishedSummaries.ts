import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { rowsOf, type Queryable } from "@/db/client";
import { articles, articleVersions } from "@/db/schema";
import type { PublishedArticleSummary, VerdictCount } from "./publishedDto";
import { versionLanguage } from "./publicQuery";

/** Only the latest version of an article that is published and not retracted. */
export const latestLiveVersion = and(eq(articleVersions.articleId, articles.id), eq(articleVersions.number, articles.publishedVersion));

/** Published articles, most recently published first, with their verdict counts. */
export async function publishedSummaries(db: Queryable, { limit, offset = 0 }: { limit: number; offset?: number }): Promise<PublishedArticleSummary[]> {
  const rows = await db
    .select({
      versionId: articleVersions.id,
      slug: articles.slug,
      title: articleVersions.title,
      number: articleVersions.number,
      publishedAt: articleVersions.publishedAt,
      sourceOutlet: sql<string | null>`${articleVersions.snapshot}->'source'->>'outlet'`,
      language: versionLanguage,
      claimCount: sql<number>`jsonb_array_length(${articleVersions.snapshot}->'claims')`.mapWith(Number),
    })
    .from(articles)
    .innerJoin(articleVersions, latestLiveVersion)
    .where(isNull(articles.retractedAt))
    .orderBy(desc(articleVersions.publishedAt), desc(articles.id))
    .limit(limit)
    .offset(offset);
  const counts = await verdictCounts(db, rows.map((r) => r.versionId));
  return rows.map(({ versionId, ...summary }) => ({ ...summary, verdicts: counts.get(versionId) ?? [] }));
}

/** How many claims of each version got each verdict, each label with its language when recorded (a translation's, else the scale's own words'; one query for the whole page). */
async function verdictCounts(db: Queryable, versionIds: string[]): Promise<Map<string, VerdictCount[]>> {
  const byVersion = new Map<string, VerdictCount[]>();
  if (!versionIds.length) return byVersion;
  const rows = rowsOf<{ version_id: string; label: string; language: string | null; colour: string; position: number | string; count: number | string }>(
    await db.execute(sql`
      select v.id as version_id, c->'verdict'->>'label' as label, min(coalesce(c->'verdict'->>'language', c->'verdict'->>'scaleLanguage')) as language, min(c->'verdict'->>'colour') as colour,
             min((c->'verdict'->>'position')::int) as position, count(*) as count
      from ${articleVersions} v cross join lateral jsonb_array_elements(v.snapshot->'claims') c
      where v.id in (${sql.join(versionIds.map((id) => sql`${id}::uuid`), sql`, `)})
      group by v.id, c->'verdict'->>'label'
      order by position, label`),
  );
  for (const row of rows) {
    const list = byVersion.get(row.version_id) ?? [];
    list.push({ label: row.label, colour: row.colour, position: Number(row.position), count: Number(row.count), ...(row.language ? { language: row.language } : {}) });
    byVersion.set(row.version_id, list);
  }
  return byVersion;
}
