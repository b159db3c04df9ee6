import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { StatisticsChart } from "@/components/admin/StatisticsChart";
import { approvalChart, publishedChart, reviewersChart, verdictsChart, weeksChart, type ChartWords } from "@/components/admin/statisticsPlots";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { DAY_IN_UTC, storedDay } from "@/components/ui/dateFormats";
import { TextField } from "@/components/ui/TextField";
import { getServiceContext } from "@/lib/auth";
import {
  approvalSentence,
  formatHours,
  formatShare,
  publishedSentence,
  reviewersSentence,
  STATISTICS_SENTENCES_NAMESPACE,
  verdictsSentence,
  weeksSentence,
  type StatisticsWords,
} from "@/lib/domain/statisticsSentences";
import { getNewsroomStatistics } from "@/lib/services/statistics/getNewsroomStatistics";
import type { NewsroomStatisticsDto } from "@/lib/services/statistics/statisticsDto";
import { firstParam } from "@/lib/web/addressParams";
import { withFilterErrors } from "@/lib/web/filterOutcome";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.statistics");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

const PATH = "/admin/statistics";
const TH = "py-1 pe-3 font-medium";
const TD = "py-1 pe-3";

export default async function StatisticsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageActor(PATH, "statistics:read");
  const ctx = await getServiceContext();
  const params = await searchParams;
  const asked = { from: firstParam(params.from), to: firstParam(params.to) };
  const outcome = await withFilterErrors(getNewsroomStatistics(ctx, asked), PATH);
  // Bad dates are the visitor's to fix: say so beside the form and show the default range meanwhile.
  const refused = outcome.ok ? null : outcome;
  const stats: NewsroomStatisticsDto = outcome.ok ? outcome.data : await forPage(getNewsroomStatistics(ctx, {}), PATH);
  const t = await getTranslations("admin.statistics");
  const format = await getFormatter();
  const words: StatisticsWords = { say: await getTranslations(STATISTICS_SENTENCES_NAMESPACE), number: (value, options) => format.number(value, options) };
  const chartWords: ChartWords = {
    weekBeginning: t("weekBeginning"),
    claimsSignedOff: t("verdicts.axis"),
    claims: t("weeks.axis"),
    added: t("weeks.added"),
    checked: t("weeks.checked"),
    median: t("approval.median"),
    p90: t("approval.p90"),
    hoursToSignOff: t("approval.axis"),
    openClaims: t("reviewers.axis"),
    shareOfPublished: t("published.axis"),
    number: (value, fractionDigits) => format.number(value, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }),
    day: (date) => format.dateTime(date, { day: "numeric", month: "short", timeZone: "UTC" }),
  };
  const count = (value: number) => format.number(value);
  const writtenDay = (day: string) => format.dateTime(storedDay(day), DAY_IN_UTC);

  const verdictTotals = stats.verdicts.map((v) => ({ label: v.label, count: stats.verdictsByWeek.filter((r) => r.label === v.label).reduce((s, r) => s + r.count, 0) }));
  const summaries = {
    verdicts: verdictsSentence(verdictTotals, words),
    weeks: weeksSentence(stats.claimsByWeek, words),
    approval: approvalSentence(stats.timeToApproval, words),
    reviewers: reviewersSentence(stats.reviewers, words),
    published: publishedSentence(stats.publishedByVerdict, words),
  };
  const counts = new Map(stats.verdictsByWeek.map((r) => [`${r.week} ${r.label}`, r.count]));
  const signOffWeeks = stats.weeks.filter((week) => stats.verdicts.some((v) => counts.has(`${week} ${v.label}`)));

  return (
    <section aria-labelledby="statistics-heading" className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 id="statistics-heading" className="text-2xl font-semibold">
          {t("heading")}
        </h1>
        <p className="text-sm text-stone-700">{t.rich("range", { from: writtenDay(stats.from), to: writtenDay(stats.to), day: (date) => <bdi>{date}</bdi> })}</p>
      </div>

      <form method="get" action={PATH} role="search" aria-label={t("rangeLabel")} className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
        {refused ? <FormAlert tone="error">{t("refused", { error: refused.error })}</FormAlert> : null}
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <TextField label={t("from")} name="from" type="date" defaultValue={asked.from || stats.from} error={refused?.fieldErrors.from} />
          <TextField label={t("to")} name="to" type="date" defaultValue={asked.to || stats.to} error={refused?.fieldErrors.to} />
        </div>
        <div className="flex items-center gap-3">
          <Button type="submit">{t("show")}</Button>
          <Link prefetch={false} href={PATH} className="text-sm text-blue-800 underline-offset-2 hover:underline">
            {t("lastTwelveWeeks")}
          </Link>
        </div>
      </form>

      <StatisticsChart
        title={t("verdicts.title")}
        summary={summaries.verdicts}
        svg={stats.verdictsByWeek.length ? verdictsChart(stats, chartWords) : null}
        tableCaption={t("verdicts.caption")}
      >
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className={TH}>{t("weekBeginning")}</th>
            {stats.verdicts.map((v) => (
              <th key={v.label} scope="col" className={TH}>
                {v.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {signOffWeeks.map((week) => (
            <tr key={week} className="border-b border-stone-200">
              <th scope="row" className={TH}>{week}</th>
              {stats.verdicts.map((v) => (
                <td key={v.label} className={TD}>
                  {count(counts.get(`${week} ${v.label}`) ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </StatisticsChart>

      <StatisticsChart title={t("weeks.title")} summary={summaries.weeks} svg={weeksChart(stats, chartWords)} tableCaption={t("weeks.caption")}>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className={TH}>{t("weekBeginning")}</th>
            <th scope="col" className={TH}>{t("weeks.added")}</th>
            <th scope="col" className={TH}>{t("weeks.checkedColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {stats.claimsByWeek.map((week) => (
            <tr key={week.week} className="border-b border-stone-200">
              <th scope="row" className={TH}>{week.week}</th>
              <td className={TD}>{count(week.added)}</td>
              <td className={TD}>{count(week.checked)}</td>
            </tr>
          ))}
        </tbody>
      </StatisticsChart>

      <StatisticsChart
        title={t("approval.title")}
        summary={summaries.approval}
        svg={stats.timeToApproval.claims ? approvalChart(stats, chartWords) : null}
        tableCaption={t("approval.caption")}
      >
        <tbody>
          <tr className="border-b border-stone-200">
            <th scope="row" className={TH}>{t("approval.claims")}</th>
            <td className={TD}>{count(stats.timeToApproval.claims)}</td>
          </tr>
          <tr className="border-b border-stone-200">
            <th scope="row" className={TH}>{t("approval.median")}</th>
            <td className={TD}>{stats.timeToApproval.medianHours === null ? "–" : formatHours(stats.timeToApproval.medianHours, words)}</td>
          </tr>
          <tr className="border-b border-stone-200">
            <th scope="row" className={TH}>{t("approval.p90")}</th>
            <td className={TD}>{stats.timeToApproval.p90Hours === null ? "–" : formatHours(stats.timeToApproval.p90Hours, words)}</td>
          </tr>
        </tbody>
      </StatisticsChart>

      <StatisticsChart
        title={t("reviewers.title")}
        summary={summaries.reviewers}
        svg={stats.reviewers.length ? reviewersChart(stats, chartWords) : null}
        tableCaption={t("reviewers.caption")}
      >
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className={TH}>{t("reviewers.reviewer")}</th>
            <th scope="col" className={TH}>{t("reviewers.open")}</th>
            <th scope="col" className={TH}>{t("reviewers.overdue")}</th>
          </tr>
        </thead>
        <tbody>
          {stats.reviewers.map((reviewer) => (
            <tr key={reviewer.id} className="border-b border-stone-200">
              <th scope="row" className={TH}>{reviewer.name}</th>
              <td className={TD}>{count(reviewer.open)}</td>
              <td className={TD}>{count(reviewer.overdue)}</td>
            </tr>
          ))}
        </tbody>
      </StatisticsChart>

      <StatisticsChart
        title={t("published.title")}
        summary={summaries.published}
        svg={stats.publishedByVerdict.length ? publishedChart(stats, chartWords) : null}
        tableCaption={t("published.caption")}
      >
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className={TH}>{t("published.verdict")}</th>
            <th scope="col" className={TH}>{t("published.claims")}</th>
            <th scope="col" className={TH}>{t("published.share")}</th>
          </tr>
        </thead>
        <tbody>
          {stats.publishedByVerdict.map((row) => (
            <tr key={row.label} className="border-b border-stone-200">
              <th scope="row" className={TH}>{row.label}</th>
              <td className={TD}>{count(row.count)}</td>
              <td className={TD}>{formatShare(row.share, words)}</td>
            </tr>
          ))}
        </tbody>
      </StatisticsChart>
    </section>
  );
}
