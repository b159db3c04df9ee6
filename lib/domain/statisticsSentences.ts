// One sentence per chart of the newsroom's statistics, saying what the chart shows for readers who cannot see it
// (and for those who would rather read). The words are the catalog's "admin.statistics.summaries", in the page's
// language; numbers are formatted in it too.

type Week = { week: string; added: number; checked: number };

/** The catalog namespace of the sentences' words. */
export const STATISTICS_SENTENCES_NAMESPACE = "admin.statistics.summaries";

type SentenceKey =
  | "verdictsNone"
  | "verdicts"
  | "weeksNone"
  | "weeks"
  | "approvalNone"
  | "approval"
  | "reviewersNone"
  | "reviewers"
  | "publishedNone"
  | "published"
  | "minutes"
  | "hours"
  | "days";

/** The number formats the sentences ask for: percentages and averages. */
type NumberOptions = { style?: "percent"; minimumFractionDigits?: number; maximumFractionDigits?: number };

/** The sentences' words in one language (next-intl's translator of the namespace above) and its number format. */
export type StatisticsWords = {
  say: (key: SentenceKey, values?: Record<string, string | number>) => string;
  number: (value: number, options?: NumberOptions) => string;
};

// Names and days inside a sentence are isolated (Unicode FSI/LRI … PDI): a Latin verdict in an Arabic sentence, or
// a day's digits and hyphens, keep their own order instead of being reordered with the words around them.
const name = (text: string) => `\u2068${text}\u2069`;
const day = (iso: string) => `\u2066${iso}\u2069`;

/** A duration in hours, as a person would say it: minutes under an hour, days from two days on. */
export function formatHours(hours: number, words: StatisticsWords): string {
  if (hours < 1) return words.say("minutes", { count: Math.round(hours * 60) });
  if (hours < 48) return words.say("hours", { count: Math.round(hours * 10) / 10 });
  return words.say("days", { count: Math.round((hours / 24) * 10) / 10 });
}

/** A share as a whole percentage ("33%"). */
export function formatShare(share: number, words: StatisticsWords): string {
  return words.number(share, { style: "percent", maximumFractionDigits: 0 });
}

export function verdictsSentence(totals: { label: string; count: number }[], words: StatisticsWords): string {
  const sum = totals.reduce((s, t) => s + t.count, 0);
  if (sum === 0) return words.say("verdictsNone");
  const top = [...totals].sort((a, b) => b.count - a.count)[0]!;
  return words.say("verdicts", { count: sum, verdict: name(top.label), verdictCount: top.count });
}

export function weeksSentence(weeks: Week[], words: StatisticsWords): string {
  const checked = weeks.reduce((s, w) => s + w.checked, 0);
  const added = weeks.reduce((s, w) => s + w.added, 0);
  if (checked === 0 && added === 0) return words.say("weeksNone");
  const busiest = [...weeks].sort((a, b) => b.checked - a.checked)[0]!;
  const average = weeks.length ? checked / weeks.length : 0;
  return words.say("weeks", {
    added,
    checked,
    weeks: weeks.length,
    average: words.number(average, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    busiestWeek: day(busiest.week),
    busiestChecked: busiest.checked,
  });
}

export function approvalSentence(timing: { claims: number; medianHours: number | null; p90Hours: number | null }, words: StatisticsWords): string {
  if (timing.claims === 0 || timing.medianHours === null || timing.p90Hours === null) return words.say("approvalNone");
  return words.say("approval", { claims: timing.claims, median: formatHours(timing.medianHours, words), p90: formatHours(timing.p90Hours, words) });
}

export function reviewersSentence(reviewers: { name: string; open: number; overdue: number }[], words: StatisticsWords): string {
  const open = reviewers.reduce((s, r) => s + r.open, 0);
  if (open === 0) return words.say("reviewersNone");
  const overdue = reviewers.reduce((s, r) => s + r.overdue, 0);
  const busiest = reviewers[0]!;
  return words.say("reviewers", { open, reviewers: reviewers.length, overdue, busiest: name(busiest.name), busiestOpen: busiest.open });
}

export function publishedSentence(rows: { label: string; count: number; share: number }[], words: StatisticsWords): string {
  const total = rows.reduce((s, r) => s + r.count, 0);
  if (total === 0) return words.say("publishedNone");
  const top = [...rows].sort((a, b) => b.count - a.count)[0]!;
  return words.say("published", { total, verdict: name(top.label), share: formatShare(top.share, words) });
}
