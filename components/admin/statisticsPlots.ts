import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { NewsroomStatisticsDto } from "@/lib/services/statistics/statisticsDto";

// The statistics page's charts, drawn on the server with Observable Plot into a linkedom document: plain SVG in the
// page, no script in the browser. The SVG is hidden from assistive technology: the page wraps it in an image named
// by the chart's summary, and shows the same numbers as a table beside it. Names (reviewers, verdicts) reach the
// SVG only as text, which linkedom escapes; colours only when they are plain hex colours. Words, numbers and dates
// come from the page, in its language.

const WIDTH = 720;
const OPEN_COLOUR = "#1e40af";
const OVERDUE_COLOUR = "#b91c1c";
const ADDED_COLOUR = "#78716c";

type Chart = (document: Document) => Element;

/** The charts' words in the page's language (admin.statistics), and its formats of numbers and of days. */
export type ChartWords = {
  weekBeginning: string;
  claimsSignedOff: string;
  claims: string;
  added: string;
  checked: string;
  median: string;
  p90: string;
  hoursToSignOff: string;
  openClaims: string;
  shareOfPublished: string;
  /** A number with this many digits after the decimal point. */
  number: (value: number, fractionDigits: number) => string;
  day: (date: Date) => string;
};

/** An axis's numbers in the page's language, with as many decimals as its ticks' step needs (0.5 → one). */
function axisNumbers(words: ChartWords) {
  // Plot passes the axis's ticks as a third argument (its types name only two); without them, the value's own decimals.
  return (value: number, _?: number, ticks?: number[]) => {
    if (!ticks || ticks.length < 2) return words.number(value, (String(Number(value.toFixed(6))).split(".")[1] ?? "").length);
    const step = Math.abs(ticks[1]! - ticks[0]!);
    return words.number(value, step > 0 && step < 1 ? Math.min(6, Math.ceil(-Math.log10(step) - 1e-9)) : 0);
  };
}

const HEX_COLOUR = /^#[0-9a-f]{3,8}$/i;

/** A verdict's colour as an SVG attribute may hold it (anything else is drawn grey). */
const safeColour = (colour: string) => (HEX_COLOUR.test(colour) ? colour : ADDED_COLOUR);

function render(draw: Chart): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svg = draw(document as unknown as Document);
  // Plot names each group of marks ("bar", "rule"); inside an image those names are not allowed (axe:
  // aria-prohibited-attr): the image's one name is the summary the page gives it.
  for (const named of svg.querySelectorAll("[aria-label]")) named.removeAttribute("aria-label");
  svg.setAttribute("aria-hidden", "true");
  return svg.outerHTML;
}

/** Sign-offs per week, stacked by verdict in the scale's own colours (worst at the bottom). */
export function verdictsChart(stats: NewsroomStatisticsDto, words: ChartWords): string {
  const colours = new Map(stats.verdicts.map((v) => [v.label, safeColour(v.colour)]));
  const rows = stats.verdictsByWeek.map((row) => ({ ...row, colour: colours.get(row.label) ?? ADDED_COLOUR }));
  return render((document) =>
    Plot.plot({
      document,
      width: WIDTH,
      height: 280,
      marginBottom: 40,
      x: { domain: stats.weeks, label: words.weekBeginning, tickRotate: stats.weeks.length > 8 ? -30 : 0 },
      y: { grid: true, label: words.claimsSignedOff, tickFormat: axisNumbers(words) },
      color: { type: "identity" },
      marks: [Plot.barY(rows, { x: "week", y: "count", fill: "colour", z: "label", order: stats.verdicts.map((v) => v.label), title: (d) => `${d.label}: ${words.number(d.count, 0)}` }), Plot.ruleY([0])],
    }) as unknown as Element,
  );
}

/** Claims added and checked (signed off) per week, as two lines. */
export function weeksChart(stats: NewsroomStatisticsDto, words: ChartWords): string {
  const rows = stats.claimsByWeek.flatMap((week) => [
    { week: new Date(`${week.week}T00:00:00Z`), series: words.added, count: week.added },
    { week: new Date(`${week.week}T00:00:00Z`), series: words.checked, count: week.checked },
  ]);
  return render((document) =>
    Plot.plot({
      document,
      width: WIDTH,
      height: 260,
      x: { type: "utc", label: words.weekBeginning, tickFormat: words.day },
      y: { grid: true, label: words.claims, tickFormat: axisNumbers(words) },
      color: { domain: [words.added, words.checked], range: [ADDED_COLOUR, OPEN_COLOUR], legend: false },
      marks: [
        Plot.ruleY([0]),
        Plot.lineY(rows, { x: "week", y: "count", stroke: "series", strokeWidth: 2 }),
        Plot.dot(rows, { x: "week", y: "count", fill: "series", r: 3 }),
        Plot.text(rows, Plot.selectLast({ x: "week", y: "count", z: "series", text: "series", dx: 6, textAnchor: "start", fill: "series" })),
      ],
      marginRight: 60,
    }) as unknown as Element,
  );
}

/** Median and 90th percentile of the time to approval, in hours, as two bars. */
export function approvalChart(stats: NewsroomStatisticsDto, words: ChartWords): string {
  const rows = [
    { figure: words.median, hours: stats.timeToApproval.medianHours ?? 0 },
    { figure: words.p90, hours: stats.timeToApproval.p90Hours ?? 0 },
  ];
  return render((document) =>
    Plot.plot({
      document,
      width: WIDTH,
      height: 120,
      marginLeft: 110,
      x: { grid: true, label: words.hoursToSignOff, tickFormat: axisNumbers(words) },
      y: { label: null },
      marks: [Plot.barX(rows, { y: "figure", x: "hours", fill: OPEN_COLOUR }), Plot.ruleX([0])],
    }) as unknown as Element,
  );
}

/** Open claims per reviewer, with the overdue part in red. */
export function reviewersChart(stats: NewsroomStatisticsDto, words: ChartWords): string {
  const names = stats.reviewers.map((r) => r.name);
  return render((document) =>
    Plot.plot({
      document,
      width: WIDTH,
      height: 40 + 24 * Math.max(1, stats.reviewers.length),
      marginLeft: 140,
      x: { grid: true, label: words.openClaims, tickFormat: axisNumbers(words) },
      y: { domain: names, label: null },
      marks: [
        Plot.barX(stats.reviewers, { y: "name", x: "open", fill: OPEN_COLOUR }),
        Plot.barX(stats.reviewers, { y: "name", x: "overdue", fill: OVERDUE_COLOUR }),
        Plot.ruleX([0]),
      ],
    }) as unknown as Element,
  );
}

/** The share of published claims per verdict, in the scale's colours. */
export function publishedChart(stats: NewsroomStatisticsDto, words: ChartWords): string {
  const rows = stats.publishedByVerdict.map((row) => ({ ...row, colour: safeColour(row.colour), percent: row.share * 100 }));
  return render((document) =>
    Plot.plot({
      document,
      width: WIDTH,
      height: 40 + 28 * Math.max(1, rows.length),
      marginLeft: 140,
      x: { grid: true, label: words.shareOfPublished, domain: [0, 100], tickFormat: axisNumbers(words) },
      y: { domain: rows.map((r) => r.label), label: null },
      color: { type: "identity" },
      marks: [Plot.barX(rows, { y: "label", x: "percent", fill: "colour" }), Plot.ruleX([0])],
    }) as unknown as Element,
  );
}
