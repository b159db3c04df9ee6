import type { Metadata } from "next";
import Link from "next/link";
import { StatisticsChart } from "@/components/admin/StatisticsChart";
import { approvalChart, publishedChart, reviewersChart, verdictsChart, weeksChart } from "@/components/admin/statisticsPlots";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import { getServiceContext } from "@/lib/auth";
import { approvalSentence, formatHours, formatShare, publishedSentence, reviewersSentence, verdictsSentence, weeksSentence } from "@/lib/domain/statisticsSentences";
import { getNewsroomStatistics } from "@/lib/services/statistics/getNewsroomStatistics";
import type { NewsroomStatisticsDto } from "@/lib/services/statistics/statisticsDto";
import { firstParam } from "@/lib/web/addressParams";
import { withFilterErrors } from "@/lib/web/filterOutcome";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";

export const metadata: Metadata = { title: "Statistics" };

type SearchParams = Record<string, string | string[] | undefined>;

const PATH = "/admin/statistics";
const TH = "py-1 pr-3 font-medium";
const TD = "py-1 pr-3";

export default async function StatisticsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageActor(PATH, "statistics:read");
  const ctx = await getServiceContext();
  const params = await searchParams;
  const asked = { from: firstParam(params.from), to: firstParam(params.to) };
  const outcome = await withFilterErrors(getNewsroomStatistics(ctx, asked), PATH);
  // Bad dates are the visitor's to fix: say so beside the form and show the default range meanwhile.
  const refused = outcome.ok ? null : outcome;
  const stats: NewsroomStatisticsDto = outcome.ok ? outcome.data : await forPage(getNewsroomStatistics(ctx, {}), PATH);

  const verdictTotals = stats.verdicts.map((v) => ({ label: v.label, count: stats.verdictsByWeek.filter((r) => r.label === v.label).reduce((s, r) => s + r.count, 0) }));
  const summaries = {
    verdicts: verdictsSentence(verdictTotals),
    weeks: weeksSentence(stats.claimsByWeek),
    approval: approvalSentence(stats.timeToApproval),
    reviewers: reviewersSentence(stats.reviewers),
    published: publishedSentence(stats.publishedByVerdict),
  };
  const counts = new Map(stats.verdictsByWeek.map((r) => [`${r.week} ${r.label}`, r.count]));
  const signOffWeeks = stats.weeks.filter((week) => stats.verdicts.some((v) => counts.has(`${week} ${v.label}`)));

  return (
    <section aria-labelledby="statistics-heading" className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 id="statistics-heading" className="text-2xl font-semibold">
          Newsroom statistics
        </h1>
        <p className="text-sm text-stone-700">
          From {stats.from} to {stats.to} (UTC days). Open claims per reviewer are as of today, whatever the range.
        </p>
      </div>

      <form method="get" action={PATH} role="search" aria-label="Choose the date range" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
        {refused ? <FormAlert tone="error">These dates could not be used: {refused.error} Showing the last twelve weeks instead.</FormAlert> : null}
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField label="From" name="from" type="date" defaultValue={asked.from || stats.from} error={refused?.fieldErrors.from} />
          <TextField label="To" name="to" type="date" defaultValue={asked.to || stats.to} error={refused?.fieldErrors.to} />
        </div>
        <div className="flex items-center gap-3">
          <Button type="submit">Show</Button>
          <Link prefetch={false} href={PATH} className="text-sm text-blue-800 underline-offset-2 hover:underline">
            Last twelve weeks
          </Link>
        </div>
      </form>

      <StatisticsChart
        title="Verdicts over time"
        summary={summaries.verdicts}
        svg={stats.verdictsByWeek.length ? verdictsChart(stats) : null}
        tableCaption="Claims signed off per week, by verdict"
      >
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className={TH}>Week beginning</th>
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
                  {counts.get(`${week} ${v.label}`) ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </StatisticsChart>

      <StatisticsChart title="Claims checked per week" summary={summaries.weeks} svg={weeksChart(stats)} tableCaption="Claims added and signed off per week">
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className={TH}>Week beginning</th>
            <th scope="col" className={TH}>Added</th>
            <th scope="col" className={TH}>Checked (signed off)</th>
          </tr>
        </thead>
        <tbody>
          {stats.claimsByWeek.map((week) => (
            <tr key={week.week} className="border-b border-stone-200">
              <th scope="row" className={TH}>{week.week}</th>
              <td className={TD}>{week.added}</td>
              <td className={TD}>{week.checked}</td>
            </tr>
          ))}
        </tbody>
      </StatisticsChart>

      <StatisticsChart
        title="Time from claim to approval"
        summary={summaries.approval}
        svg={stats.timeToApproval.claims ? approvalChart(stats) : null}
        tableCaption="Time from a claim's creation to its sign-off"
      >
        <tbody>
          <tr className="border-b border-stone-200">
            <th scope="row" className={TH}>Claims signed off</th>
            <td className={TD}>{stats.timeToApproval.claims}</td>
          </tr>
          <tr className="border-b border-stone-200">
            <th scope="row" className={TH}>Median</th>
            <td className={TD}>{stats.timeToApproval.medianHours === null ? "–" : formatHours(stats.timeToApproval.medianHours)}</td>
          </tr>
          <tr className="border-b border-stone-200">
            <th scope="row" className={TH}>90th percentile</th>
            <td className={TD}>{stats.timeToApproval.p90Hours === null ? "–" : formatHours(stats.timeToApproval.p90Hours)}</td>
          </tr>
        </tbody>
      </StatisticsChart>

      <StatisticsChart
        title="Open and overdue claims per reviewer"
        summary={summaries.reviewers}
        svg={stats.reviewers.length ? reviewersChart(stats) : null}
        tableCaption="Open claims per reviewer today"
      >
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className={TH}>Reviewer</th>
            <th scope="col" className={TH}>Open</th>
            <th scope="col" className={TH}>Overdue</th>
          </tr>
        </thead>
        <tbody>
          {stats.reviewers.map((reviewer) => (
            <tr key={reviewer.id} className="border-b border-stone-200">
              <th scope="row" className={TH}>{reviewer.name}</th>
              <td className={TD}>{reviewer.open}</td>
              <td className={TD}>{reviewer.overdue}</td>
            </tr>
          ))}
        </tbody>
      </StatisticsChart>

      <StatisticsChart
        title="Published claims per verdict"
        summary={summaries.published}
        svg={stats.publishedByVerdict.length ? publishedChart(stats) : null}
        tableCaption="Claims in the versions published in this range, by verdict"
      >
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className={TH}>Verdict</th>
            <th scope="col" className={TH}>Claims</th>
            <th scope="col" className={TH}>Share</th>
          </tr>
        </thead>
        <tbody>
          {stats.publishedByVerdict.map((row) => (
            <tr key={row.label} className="border-b border-stone-200">
              <th scope="row" className={TH}>{row.label}</th>
              <td className={TD}>{row.count}</td>
              <td className={TD}>{formatShare(row.share)}</td>
            </tr>
          ))}
        </tbody>
      </StatisticsChart>
    </section>
  );
}
