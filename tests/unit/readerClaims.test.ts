import { describe, expect, test } from "vitest";
import type { PublishedClaim } from "@/lib/domain/publishedSnapshot";
import { numberPublishedClaims, summariseVerdicts, verdictSummarySentence } from "@/lib/domain/readerClaims";

const BODY = "Alpha one. Beta two. Gamma three.";

function claim(quote: string, verdict: [string, number], number?: number): PublishedClaim {
  const start = BODY.indexOf(quote);
  return {
    id: quote,
    number,
    start,
    end: start + quote.length,
    quote,
    statement: quote,
    claimant: "Someone",
    verdict: { label: verdict[0], colour: "#123456", description: "", position: verdict[1], scaleSize: 5 },
    explanation: "",
    sources: [],
    reviewedAt: "2026-01-01T00:00:00.000Z",
  };
}

describe("the numbers readers see", () => {
  test("are the desk's numbers when every claim has its own, in reading order", () => {
    const claims = [claim("Gamma three.", ["True", 5], 2), claim("Alpha one.", ["False", 1], 7)];
    expect(numberPublishedClaims(BODY, claims).map((c) => [c.quote, c.shownNumber])).toEqual([
      ["Alpha one.", 7],
      ["Gamma three.", 2],
    ]);
  });

  test("are places in reading order when a claim lacks a number or two share one", () => {
    const missing = [claim("Beta two.", ["True", 5]), claim("Alpha one.", ["False", 1], 1)];
    expect(numberPublishedClaims(BODY, missing).map((c) => c.shownNumber)).toEqual([1, 2]);
    const shared = [claim("Beta two.", ["True", 5], 3), claim("Alpha one.", ["False", 1], 3)];
    expect(numberPublishedClaims(BODY, shared).map((c) => [c.quote, c.shownNumber])).toEqual([
      ["Alpha one.", 1],
      ["Beta two.", 2],
    ]);
  });

  test("skip a claim whose quote no longer matches the text", () => {
    const stale = { ...claim("Beta two.", ["True", 5], 1), quote: "Other" };
    expect(numberPublishedClaims(BODY, [stale, claim("Alpha one.", ["False", 1], 2)]).map((c) => c.shownNumber)).toEqual([2]);
  });
});

describe("the summary of verdicts", () => {
  test("counts each verdict once, in the order of the rating scale", () => {
    const counts = summariseVerdicts([claim("Alpha one.", ["True", 5]), claim("Beta two.", ["False", 1]), claim("Gamma three.", ["True", 5])]);
    expect(counts).toEqual([
      { label: "False", colour: "#123456", position: 1, count: 1 },
      { label: "True", colour: "#123456", position: 5, count: 2 },
    ]);
    expect(verdictSummarySentence(counts)).toBe("3 claims checked: 1 False, 2 True.");
  });

  test("says so when nothing was checked", () => {
    expect(summariseVerdicts([])).toEqual([]);
    expect(verdictSummarySentence([])).toBe("0 claims checked.");
  });
});
