import { sql } from "drizzle-orm";
import { z } from "zod";
import { rowsOf } from "@/db/client";
import { ValidationError } from "@/lib/core/errors";
import { daysIn, defaultRange, endOfDay, weeksBetween } from "@/lib/domain/statisticsRange";
import { databaseToday } from "../claims/dueDates";
import { calendarDay } from "../fields";
import { defineVerb } from "../verb";
import type { NewsroomStatisticsDto } from "./statisticsDto";
import { MAX_STATISTICS_DAYS } from "@/lib/domain/limits";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

type Param = string | string[] | undefined;
export type StatisticsQuery = { from?: Param; to?: Param };

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const statisticsSchema = z
  .strictObject({ from: z.preprocess(blankToUndefined, calendarDay.optional()), to: z.preprocess(blankToUndefined, calendarDay.optional()) })
  .superRefine((value, context) => {
    if (value.from && value.to && value.from > value.to) context.addIssue({ code: "custom", path: ["to"], message: said("endBeforeStart") });
  });

const RANGE_MESSAGE = words("rangeTooLong");

const OPEN = sql`('new', 'in_progress', 'needs_signoff')`;

/**
 * The newsroom's figures for a range of UTC days (by default the last twelve weeks), computed in the database:
 * sign-offs per week and verdict, claims added and checked per week, the median and 90th percentile of the time
 * from a claim's creation to its sign-off, open and overdue claims per reviewer today, and the verdicts of the
 * claims in versions published in the range. Admins and editors.
 */
export const getNewsroomStatistics = defineVerb({
  name: "getNewsroomStatistics",
  permission: "statistics:read",
  input: statisticsSchema,
  audit: [],
}, async (ctx, parsed): Promise<NewsroomStatisticsDto> => {
  const db = ctx.db;
  const today = await databaseToday(db);
  const to = parsed.to ?? (parsed.from && parsed.from > today ? parsed.from : today);
  const from = parsed.from ?? defaultRange(to).from;
  if (daysIn(from, to) > MAX_STATISTICS_DAYS) throw new ValidationError(RANGE_MESSAGE, { from: RANGE_MESSAGE });
  // As text with a cast: postgres.js does not take a Date as a parameter of a raw query.
  const start = sql`${`${from}T00:00:00Z`}::timestamptz`;
  const end = sql`${endOfDay(to).toISOString()}::timestamptz`;

  const [signOffs, added, approval, reviewers, published] = await Promise.all([
    db.execute(sql`
      select to_char(date_trunc('week', c.signed_off_at at time zone 'UTC'), 'YYYY-MM-DD') as "week", v.label as "label",
             min(v.colour) as "colour", min(v.position)::int as "position", count(*)::int as "count"
      from claims c join verdicts v on v.id = c.verdict_id
      where c.status = 'signed_off' and c.signed_off_at >= ${start} and c.signed_off_at < ${end}
      group by 1, 2`),
    db.execute(sql`
      select to_char(date_trunc('week', created_at at time zone 'UTC'), 'YYYY-MM-DD') as "week", count(*)::int as "count"
      from claims where created_at >= ${start} and created_at < ${end}
      group by 1`),
    db.execute(sql`
      select count(*)::int as "claims",
             (percentile_cont(0.5) within group (order by extract(epoch from signed_off_at - created_at)) / 3600)::float8 as "median",
             (percentile_cont(0.9) within group (order by extract(epoch from signed_off_at - created_at)) / 3600)::float8 as "p90"
      from claims where status = 'signed_off' and signed_off_at >= ${start} and signed_off_at < ${end}`),
    db.execute(sql`
      select u.id as "id", u.display_name as "name", count(*)::int as "open",
             (count(*) filter (where c.status in ('new', 'in_progress') and c.due_on < current_date))::int as "overdue"
      from claims c join users u on u.id = c.reviewer_id
      where c.status in ${OPEN}
      group by u.id, u.display_name
      order by 3 desc, 2`),
    db.execute(sql`
      select claim->'verdict'->>'label' as "label", min(claim->'verdict'->>'colour') as "colour",
             min((claim->'verdict'->>'position')::int)::int as "position", count(*)::int as "count"
      from articles a
      join article_versions av on av.article_id = a.id and av.number = a.published_version
      cross join lateral jsonb_array_elements(av.snapshot->'claims') as claim
      where a.retracted_at is null and av.published_at >= ${start} and av.published_at < ${end}
      group by 1`),
  ]);

  const signOffRows = rowsOf<{ week: string; label: string; colour: string; position: number; count: number }>(signOffs);
  const publishedRows = rowsOf<{ label: string; colour: string; position: number; count: number }>(published);
  const verdictOrder = new Map<string, { colour: string; position: number }>();
  for (const row of [...signOffRows, ...publishedRows]) if (!verdictOrder.has(row.label)) verdictOrder.set(row.label, row);
  const verdicts = [...verdictOrder.entries()]
    .sort(([a, x], [b, y]) => x.position - y.position || a.localeCompare(b))
    .map(([label, { colour }]) => ({ label, colour }));

  const weeks = weeksBetween(from, to);
  const addedByWeek = new Map(rowsOf<{ week: string; count: number }>(added).map((row) => [row.week, row.count]));
  const checkedByWeek = new Map<string, number>();
  for (const row of signOffRows) checkedByWeek.set(row.week, (checkedByWeek.get(row.week) ?? 0) + row.count);
  const [timing] = rowsOf<{ claims: number; median: number | null; p90: number | null }>(approval);
  const publishedTotal = publishedRows.reduce((sum, row) => sum + row.count, 0);

  return {
    from,
    to,
    weeks,
    verdicts,
    verdictsByWeek: signOffRows
      .map(({ week, label, count }) => ({ week, label, count }))
      .sort((a, b) => a.week.localeCompare(b.week) || verdicts.findIndex((v) => v.label === a.label) - verdicts.findIndex((v) => v.label === b.label)),
    claimsByWeek: weeks.map((week) => ({ week, added: addedByWeek.get(week) ?? 0, checked: checkedByWeek.get(week) ?? 0 })),
    timeToApproval: { claims: timing?.claims ?? 0, medianHours: timing?.median ?? null, p90Hours: timing?.p90 ?? null },
    reviewers: rowsOf<{ id: string; name: string; open: number; overdue: number }>(reviewers),
    publishedByVerdict: publishedRows
      .sort((a, b) => a.position - b.position || a.label.localeCompare(b.label))
      .map(({ label, colour, count }) => ({ label, colour, count, share: publishedTotal ? count / publishedTotal : 0 })),
  };
});
