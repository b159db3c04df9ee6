import { describe, expect, test } from "vitest";
import type { NewsroomStatisticsDto } from "@/lib/services/statistics/statisticsDto";
import { approvalChart, publishedChart, reviewersChart, verdictsChart, weeksChart, type ChartWords } from "@/components/admin/statisticsPlots";

const stats: NewsroomStatisticsDto = {
  from: "2026-01-01",
  to: "2026-01-14",
  weeks: ["2025-12-29", "2026-01-05", "2026-01-12"],
  verdicts: [
    { label: "False", colour: "#b91c1c" },
    { label: "True <b>", colour: "#15803d" },
  ],
  verdictsByWeek: [
    { week: "2025-12-29", label: "False", count: 2 },
    { week: "2026-01-05", label: "True <b>", count: 1 },
  ],
  claimsByWeek: [
    { week: "2025-12-29", added: 3, checked: 2 },
    { week: "2026-01-05", added: 2, checked: 1 },
    { week: "2026-01-12", added: 0, checked: 0 },
  ],
  timeToApproval: { claims: 3, medianHours: 5, p90Hours: 20 },
  reviewers: [{ id: "a", name: "Ana <script>", open: 3, overdue: 1 }],
  publishedByVerdict: [{ label: "False", colour: "#b91c1c", count: 2, share: 1 }],
};

const WORDS: ChartWords = {
  weekBeginning: "Week beginning",
  claimsSignedOff: "Claims signed off",
  claims: "Claims",
  added: "Added",
  checked: "Checked",
  median: "Median",
  p90: "90th percentile",
  hoursToSignOff: "Hours from claim to sign-off",
  openClaims: "Open claims (overdue in red)",
  shareOfPublished: "Share of published claims (%)",
  number: (value, fractionDigits) => value.toFixed(fractionDigits),
  day: (date) => date.toISOString().slice(0, 10),
};

describe("the statistics charts (Observable Plot on the server)", () => {
  test.each([verdictsChart, weeksChart, approvalChart, reviewersChart, publishedChart])("%o is an SVG hidden from screen readers, with escaped text", (chart) => {
    const svg = chart(stats, WORDS);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('aria-hidden="true"');
    // No names on its inner groups (axe refuses them; the page names the image by its summary).
    expect(svg).not.toContain("aria-label=");
    expect(svg).not.toMatch(/<script|<b>/);
  });

  test("a colour that is not a plain hex colour never reaches an attribute", () => {
    const svg = publishedChart({ ...stats, publishedByVerdict: [{ label: "False", colour: 'red" onload="alert(1)', count: 1, share: 1 }] }, WORDS);
    expect(svg).not.toContain("onload");
  });

  test("its words, numbers and days are the page's, in the page's language", () => {
    const spanish = { ...WORDS, added: "Añadidas", checked: "Verificadas", weekBeginning: "Semana del", day: (date: Date) => `día ${date.getUTCDate()}` };
    const svg = weeksChart(stats, spanish);
    for (const word of ["Añadidas", "Verificadas", "Semana del", "día 5"]) expect(svg).toContain(word);
    expect(svg).not.toContain("Added");
  });

  test("an axis's numbers have the decimals its step needs, no more", () => {
    const minutes = approvalChart({ ...stats, timeToApproval: { claims: 3, medianHours: 0.0003, p90Hours: 0.0011 } }, WORDS);
    expect(minutes).toContain(">0.0002<");
    expect(approvalChart(stats, WORDS)).toContain(">10<");
    expect(approvalChart(stats, WORDS)).not.toContain(">10.0<");
  });
});
