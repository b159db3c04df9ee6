/**
 * Benchmark: the newsroom's statistics page on the desk benchmark's newsroom (200 articles, 20,000 claims, seeded by
 * scripts/bench/desk.ts), with the claims' creation and sign-off times spread over the last 20 weeks and one version
 * of every third article published. Budget: ≤ 300 ms median for the server's work on one page view: the figures
 * (getNewsroomStatistics, computed in SQL) plus the five charts drawn with Observable Plot.
 * Run: npx tsx scripts/bench/statistics.ts (embedded database), or with STATISTICS_DATABASE_URL=<an empty Postgres database>
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { closeDb, getDb, rowsOf } from "../../db/client";
import {
  approvalSentence,
  publishedSentence,
  reviewersSentence,
  STATISTICS_SENTENCES_NAMESPACE,
  verdictsSentence,
  weeksSentence,
  type StatisticsWords,
} from "../../lib/domain/statisticsSentences";
import { getNewsroomStatistics } from "../../lib/services/statistics/getNewsroomStatistics";
import type { NewsroomStatisticsDto } from "../../lib/services/statistics/statisticsDto";
import { approvalChart, publishedChart, reviewersChart, verdictsChart, weeksChart, type ChartWords } from "../../components/admin/statisticsPlots";
import { CATALOGS } from "../../messages/catalogs";
import { seedNewsroom } from "./desk";
import { formatTiming, timeAsync } from "./timing";

const RUNS = { warmup: 3, runs: 20 };
const BUDGET_MS = 300;

// The page's words, in English.
const words: StatisticsWords = {
  say: createTranslator({ locale: "en", messages: CATALOGS.en, namespace: STATISTICS_SENTENCES_NAMESPACE }),
  number: (value, options) => new Intl.NumberFormat("en", options).format(value),
};
const chart = CATALOGS.en.admin.statistics;
const chartWords: ChartWords = {
  weekBeginning: chart.weekBeginning,
  claimsSignedOff: chart.verdicts.axis,
  claims: chart.weeks.axis,
  added: chart.weeks.added,
  checked: chart.weeks.checked,
  median: chart.approval.median,
  p90: chart.approval.p90,
  hoursToSignOff: chart.approval.axis,
  openClaims: chart.reviewers.axis,
  shareOfPublished: chart.published.axis,
  number: (value, fractionDigits) => new Intl.NumberFormat("en", { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value),
  day: (date) => date.toISOString().slice(5, 10),
};

/** The five charts, as the page draws them. */
function drawCharts(stats: NewsroomStatisticsDto): number {
  const totals = stats.verdicts.map((v) => ({ label: v.label, count: stats.verdictsByWeek.filter((r) => r.label === v.label).reduce((s, r) => s + r.count, 0) }));
  return [
    verdictsSentence(totals, words),
    weeksSentence(stats.claimsByWeek, words),
    approvalSentence(stats.timeToApproval, words),
    reviewersSentence(stats.reviewers, words),
    publishedSentence(stats.publishedByVerdict, words),
    verdictsChart(stats, chartWords),
    weeksChart(stats, chartWords),
    approvalChart(stats, chartWords),
    reviewersChart(stats, chartWords),
    publishedChart(stats, chartWords),
  ].reduce((sum, text) => sum + text.length, 0);
}

/** Times the statistics on the seeded newsroom; returns printable lines. */
export async function benchStatistics(): Promise<string[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-bench-statistics-"));
  const saved = { dir: process.env.FACTDESK_DATA_DIR, url: process.env.DATABASE_URL };
  process.env.FACTDESK_DATA_DIR = dataDir;
  // The embedded database, or with STATISTICS_DATABASE_URL an empty Postgres database.
  if (process.env.STATISTICS_DATABASE_URL) process.env.DATABASE_URL = process.env.STATISTICS_DATABASE_URL;
  else delete process.env.DATABASE_URL;
  const lines: string[] = [];
  try {
    const seeded = await seedNewsroom();
    const db = await getDb();
    // Times over the last 20 weeks (the seed makes every claim now): reproducible, from each claim's number.
    await db.execute(sql`
      update claims set created_at = now() - ((number * 7919) % (140 * 24)) * interval '1 hour',
        signed_off_at = case when status = 'signed_off'
          then now() - ((number * 7919) % (140 * 24)) * interval '1 hour' + ((number * 104729) % 400) * interval '1 hour' / 4 end`);
    await db.execute(sql`update claims set signed_off_at = now() where signed_off_at > now()`);
    // One published version of every third article, its snapshot made of its signed-off claims.
    await db.execute(sql`
      insert into article_versions (article_id, number, title, body, snapshot, published_at)
      select a.id, 1, a.title, '', jsonb_build_object('claims', coalesce(jsonb_agg(jsonb_build_object('id', c.id, 'verdict',
               jsonb_build_object('label', v.label, 'colour', v.colour, 'position', v.position))) filter (where c.id is not null), '[]'::jsonb)),
             now() - (row_number() over (order by a.id)) * interval '3 hours'
      from articles a
      left join claims c on c.article_id = a.id and c.status = 'signed_off'
      left join verdicts v on v.id = c.verdict_id
      where a.slug like 'bench-article-%' and (substr(a.slug, 15)::int % 3) = 0
      group by a.id`);
    await db.execute(sql`update articles set published_version = 1 where slug like 'bench-article-%' and (substr(slug, 15)::int % 3) = 0`);
    await db.execute(sql`analyze`);
    lines.push(`seeded the desk benchmark's newsroom (${seeded.seconds.toFixed(1)} s), times spread over 20 weeks, ${await count(db, "article_versions")} versions published`);

    const stats = await getNewsroomStatistics(seeded.editor, {});
    lines.push(
      `twelve weeks: ${stats.claimsByWeek.reduce((s, w) => s + w.checked, 0).toLocaleString("en")} claims checked, median to approval ${stats.timeToApproval.medianHours?.toFixed(1)} h, p90 ${stats.timeToApproval.p90Hours?.toFixed(1)} h, ${stats.reviewers.length} reviewers with open claims, ${stats.publishedByVerdict.reduce((s, r) => s + r.count, 0).toLocaleString("en")} published claims`,
    );
    lines.push(formatTiming("statistics figures, last twelve weeks (SQL, editor)", await timeAsync(() => getNewsroomStatistics(seeded.editor, {}), RUNS), BUDGET_MS));
    const year = { from: new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10) };
    lines.push(formatTiming("statistics figures, last year", await timeAsync(() => getNewsroomStatistics(seeded.editor, year), RUNS), BUDGET_MS));
    lines.push(formatTiming("five charts drawn (Observable Plot, linkedom)", await timeAsync(() => drawCharts(stats), RUNS)));
    lines.push(
      formatTiming("statistics page's server work: figures + charts", await timeAsync(async () => drawCharts(await getNewsroomStatistics(seeded.editor, {})), RUNS), BUDGET_MS),
    );
  } finally {
    await closeDb();
    if (saved.dir === undefined) delete process.env.FACTDESK_DATA_DIR;
    else process.env.FACTDESK_DATA_DIR = saved.dir;
    if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    else delete process.env.DATABASE_URL;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return lines;
}

async function count(db: Awaited<ReturnType<typeof getDb>>, table: string): Promise<number> {
  return rowsOf<{ n: number }>(await db.execute(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await benchStatistics()) console.log(line);
}
