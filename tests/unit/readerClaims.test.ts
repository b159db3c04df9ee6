import { createElement } from "react";
import { describe, expect, test } from "vitest";
import { useVerdictSummarySentence } from "@/components/reader/verdictWords";
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import type { PublishedClaim } from "@/lib/domain/publishedSnapshot";
import { numberPublishedClaims, summariseVerdicts, type VerdictCount } from "@/lib/domain/readerClaims";
import { renderInLanguage } from "@/tests/fixtures/renderInLanguage";

const BODY = "Alpha one. Beta two. Gamma three.";

function SummarySentence({ counts }: { counts: readonly VerdictCount[] }) {
  return useVerdictSummarySentence()(counts);
}

/** The summary sentence as a page in `language` writes it. */
const verdictSummarySentence = (counts: readonly VerdictCount[], language: InterfaceLanguage = "en") =>
  renderInLanguage(createElement(SummarySentence, { counts }), language);

function claim(quote: string, verdict: [string, number], number?: number): PublishedClaim {
  const start = BODY.indexOf(quote);
  return {
    id: `${quote.replace(/\W/g, "").toLowerCase().padEnd(8, "0").slice(0, 8)}-0000-4000-8000-000000000000`,
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
  test("are 1…n in reading order, whatever the desk's numbers (whose gaps would show unpublished claims)", () => {
    const claims = [claim("Gamma three.", ["True", 5], 6), claim("Alpha one.", ["False", 1], 3), claim("Beta two.", ["True", 5], 10)];
    const numbered = numberPublishedClaims({ body: BODY, claims, numbering: "reading" });
    expect(numbered.map((c) => [c.quote, c.shownNumber])).toEqual([
      ["Alpha one.", 1],
      ["Beta two.", 2],
      ["Gamma three.", 3],
    ]);
    // Published in reading order from the start: no number of an older link to keep.
    expect(numbered.map((c) => c.oldNumber)).toEqual([null, null, null]);
  });

  test("keep, on a version published before, the numbers its links used (the desk's, or places when two shared one)", () => {
    const claims = [claim("Gamma three.", ["True", 5], 2), claim("Alpha one.", ["False", 1], 7)];
    expect(numberPublishedClaims({ body: BODY, claims }).map((c) => [c.quote, c.shownNumber, c.oldNumber])).toEqual([
      ["Alpha one.", 1, 7],
      ["Gamma three.", 2, 2],
    ]);
    const shared = [claim("Beta two.", ["True", 5], 3), claim("Alpha one.", ["False", 1], 3)];
    expect(numberPublishedClaims({ body: BODY, claims: shared }).map((c) => [c.quote, c.oldNumber])).toEqual([
      ["Alpha one.", 1],
      ["Beta two.", 2],
    ]);
  });

  test("skip a claim whose quote no longer matches the text", () => {
    const stale = { ...claim("Beta two.", ["True", 5], 1), quote: "Other" };
    expect(numberPublishedClaims({ body: BODY, claims: [stale, claim("Alpha one.", ["False", 1], 2)] }).map((c) => c.shownNumber)).toEqual([1]);
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

  test("is written in the page's language, with its plurals", () => {
    const counts = summariseVerdicts([claim("Alpha one.", ["Falso", 1]), claim("Beta two.", ["Cierto", 5]), claim("Gamma three.", ["Cierto", 5])]);
    expect(verdictSummarySentence(counts, "es")).toBe("3 afirmaciones verificadas: 1 Falso y 2 Cierto.");
    expect(verdictSummarySentence(counts.slice(0, 1), "uk")).toBe("1 перевірене твердження: 1 Falso.");
    expect(verdictSummarySentence([{ ...counts[0]!, count: 5 }], "uk")).toBe("5 перевірених тверджень: 5 Falso.");
    expect(verdictSummarySentence([{ ...counts[0]!, count: 2 }], "ar")).toBe("ادعاءان مدقَّقان: 2 Falso.");
    expect(verdictSummarySentence([{ ...counts[0]!, count: 11 }], "ar")).toBe("11 ادعاءً مدقَّقًا: 11 Falso.");
  });
});
