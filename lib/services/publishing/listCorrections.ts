import { sql } from "drizzle-orm";
import { z } from "zod";
import { rowsOf, type Queryable } from "@/db/client";
import { articleRetractions, articles, articleVersions } from "@/db/schema";
import { defineVerb } from "../verb";
import { pageField, pageOf } from "./publicPaging";
import type { CorrectionEntry, PageOf } from "./versionsDto";
import { CORRECTIONS_PER_PAGE } from "@/lib/domain/limits";

const correctionsQuery = z.strictObject({ page: pageField }).default({ page: 1 });

type Row = {
  kind: CorrectionEntry["kind"];
  slug: string;
  title: string;
  language: string | null;
  number: number | string;
  at: Date | string;
  note: string;
  retracted: boolean;
  total: number | string;
};

/**
 * The public record of what we got wrong, newest first, one page at a time: every version published as a correction
 * and every retraction (with its reason), also of articles retracted now (their entries then lead to the retraction
 * notice) or published again since. Public: it reads only published versions and retractions.
 */
export const listCorrections = defineVerb(
  {
    name: "listCorrections",
    permission: "public",
    input: correctionsQuery,
    audit: [],
    reads: "published",
  },
  async (ctx, { page }): Promise<PageOf<CorrectionEntry>> => {
    const rows = rowsOf<Row>(
      await ctx.db.execute(sql`
        with entries as (
          select 'correction' as kind, a.slug, v.title, v.snapshot->>'language' as language, v.number, v.published_at as at, v.change_note as note, a.retracted_at is not null as retracted
          from ${articleVersions} v join ${articles} a on a.id = v.article_id
          where v.is_correction and a.published_version is not null
          union all
          select 'retraction', a.slug, v.title, v.snapshot->>'language', r.version, r.retracted_at, r.reason, a.retracted_at is not null
          from ${articleRetractions} r
          join ${articles} a on a.id = r.article_id
          join ${articleVersions} v on v.article_id = r.article_id and v.number = r.version
        )
        select *, count(*) over () as total from entries
        order by at desc, number desc, kind desc
        limit ${CORRECTIONS_PER_PAGE} offset ${(page - 1) * CORRECTIONS_PER_PAGE}`),
    );
    // A page past the end has no rows to carry the total: count once more (cheap, and only for such pages).
    const total = rows.length ? Number(rows[0]!.total) : page > 1 ? await countEntries(ctx.db) : 0;
    const items = rows.map((row) => ({
      kind: row.kind,
      slug: row.slug,
      title: row.title,
      language: row.language,
      number: Number(row.number),
      publishedAt: new Date(row.at),
      changeNote: row.note,
      retracted: row.retracted === true,
    }));
    return pageOf(items, page, total, CORRECTIONS_PER_PAGE);
  },
);

async function countEntries(db: Queryable): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(
    await db.execute(sql`
      select (select count(*) from ${articleVersions} v join ${articles} a on a.id = v.article_id where v.is_correction and a.published_version is not null)
           + (select count(*) from ${articleRetractions}) as n`),
  );
  return Number(row?.n ?? 0);
}
