// One sentence per chart of the newsroom's statistics, saying what the chart shows for readers who cannot see it
// (and for those who would rather read).

type Week = { week: string; added: number; checked: number };

/** A duration in hours, as a person would say it: minutes under an hour, days from two days on. */
export function formatHours(hours: number): string {
  if (hours < 1) return plural(Math.round(hours * 60), "minute");
  if (hours < 48) return plural(Math.round(hours * 10) / 10, "hour");
  return plural(Math.round((hours / 24) * 10) / 10, "day");
}

/** A share as a whole percentage ("33%"). */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function verdictsSentence(totals: { label: string; count: number }[]): string {
  const sum = totals.reduce((s, t) => s + t.count, 0);
  if (sum === 0) return "No claims were signed off in this range.";
  const top = [...totals].sort((a, b) => b.count - a.count)[0]!;
  return `${plural(sum, "claim")} signed off in this range; the most common verdict was “${top.label}” (${top.count}).`;
}

export function weeksSentence(weeks: Week[]): string {
  const checked = weeks.reduce((s, w) => s + w.checked, 0);
  const added = weeks.reduce((s, w) => s + w.added, 0);
  if (checked === 0 && added === 0) return "No claims were added or checked in this range.";
  const busiest = [...weeks].sort((a, b) => b.checked - a.checked)[0]!;
  const average = weeks.length ? checked / weeks.length : 0;
  return `${plural(added, "claim")} added and ${checked} checked over ${plural(weeks.length, "week")}, ${average.toFixed(1)} checked a week on average; the busiest week began ${busiest.week} (${busiest.checked} checked).`;
}

export function approvalSentence(timing: { claims: number; medianHours: number | null; p90Hours: number | null }): string {
  if (timing.claims === 0 || timing.medianHours === null || timing.p90Hours === null) return "No claims were signed off in this range, so there is no time to approval yet.";
  return `Half of the ${plural(timing.claims, "claim")} signed off in this range were approved within ${formatHours(timing.medianHours)} of being added, and nine in ten within ${formatHours(timing.p90Hours)}.`;
}

export function reviewersSentence(reviewers: { name: string; open: number; overdue: number }[]): string {
  const open = reviewers.reduce((s, r) => s + r.open, 0);
  if (open === 0) return "No reviewer has an open claim today.";
  const overdue = reviewers.reduce((s, r) => s + r.overdue, 0);
  const busiest = reviewers[0]!;
  return `${plural(open, "open claim")} among ${plural(reviewers.length, "reviewer")}, ${overdue} overdue; ${busiest.name} has the most (${busiest.open}).`;
}

export function publishedSentence(rows: { label: string; count: number; share: number }[]): string {
  const total = rows.reduce((s, r) => s + r.count, 0);
  if (total === 0) return "No fact-checks were published in this range.";
  const top = [...rows].sort((a, b) => b.count - a.count)[0]!;
  return `${plural(total, "published claim")} in this range; “${top.label}” was the most common verdict, ${formatShare(top.share)} of them.`;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString("en")} ${noun}${count === 1 ? "" : "s"}`;
}
