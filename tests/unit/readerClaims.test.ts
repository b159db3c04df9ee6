import { createElement } from "react";
import { describe, expect, test } from "vitest";
import { VerdictSummary } from "@/components/reader/VerdictSummary";
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import type { PublishedClaim } from "@/lib/domain/publishedSnapshot";
import { numberPublishedClaims, summariseVerdicts, type VerdictCount } from "@/lib/domain/readerClaims";
import { renderInLanguage } from "@/tests/fixtures/renderInLanguage";

const BODY = "Alpha one. Beta two. Gamma three.";

/** The summary of verdicts as a page in `language` renders it. */
const verdictSummary = (counts: VerdictCount[], language: InterfaceLanguage = "en") => renderInLanguage(createElement(VerdictSummary, { counts }), language);

/** The bar's parts: each one's tooltip and the language it is marked in. */
const barParts = (html: string) => [...html.matchAll(/<span (?:lang="([^"]*)" )?(?:dir="[^"]*" )?title="([^"]*)"/g)].map(([, lang, title]) => ({ lang, title }));

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
    const html = verdictSummary(counts);
    expect(html).toContain("3 claims checked</h2>");
    expect(barParts(html)).toEqual([
      { lang: undefined, title: "1 False" },
      { lang: undefined, title: "2 True" },
    ]);
  });

  test("says so when nothing was checked", () => {
    expect(summariseVerdicts([])).toEqual([]);
    expect(verdictSummary([])).toContain("No claims were rated in this version.");
  });

  test("is written in the page's language, each verdict in its own", () => {
    const counts = summariseVerdicts([claim("Alpha one.", ["Falso", 1]), claim("Beta two.", ["Cierto", 5]), claim("Gamma three.", ["Cierto", 5])]);
    const spanish = counts.map((c) => ({ ...c, language: "es" }));
    expect(verdictSummary(spanish, "es")).toContain("3 afirmaciones verificadas</h2>");
    expect(verdictSummary([{ ...spanish[0]!, count: 5 }], "uk")).toContain("5 перевірених тверджень</h2>");
    // On an English page, a verdict translated into the article's language says so in its tooltip too.
    expect(barParts(verdictSummary(spanish))).toEqual([
      { lang: "es", title: "1 Falso" },
      { lang: "es", title: "2 Cierto" },
    ]);
    expect(barParts(verdictSummary([{ ...counts[0]!, label: "خطأ", language: "ar" }]))).toEqual([{ lang: "ar", title: "1 خطأ" }]);
  });
});
