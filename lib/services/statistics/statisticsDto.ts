/** A verdict as the charts colour it. */
export type VerdictKey = { label: string; colour: string };

/** The newsroom's figures for a range of UTC days, as the statistics page charts them. */
export type NewsroomStatisticsDto = {
  from: string;
  to: string;
  /** Every week (Monday, YYYY-MM-DD) the range touches, oldest first. */
  weeks: string[];
  /** The verdicts that appear below, worst first. */
  verdicts: VerdictKey[];
  /** Claims signed off per week and verdict (weeks without any are left out). */
  verdictsByWeek: { week: string; label: string; count: number }[];
  /** Claims added and signed off (checked) per week, one row for every week. */
  claimsByWeek: { week: string; added: number; checked: number }[];
  /** From a claim's creation to its sign-off, for claims signed off in the range; null hours when there are none. */
  timeToApproval: { claims: number; medianHours: number | null; p90Hours: number | null };
  /** Open claims per reviewer today (not limited to the range), and how many of them are overdue. */
  reviewers: { id: string; name: string; open: number; overdue: number }[];
  /** The claims of the versions published in the range (the current version of each article), per verdict. */
  publishedByVerdict: { label: string; colour: string; count: number; share: number }[];
};
