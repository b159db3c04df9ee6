import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { EmbeddedClaim } from "@/components/embed/EmbeddedClaim";
import { EmbeddedClaimRemoval } from "@/components/embed/EmbeddedClaimRemoval";
import { ClaimDetails } from "@/components/reader/ClaimDetails";
import { PublicSearchResults } from "@/components/reader/PublicSearchResults";
import { detectWordsLanguage } from "@/lib/domain/articleLanguage";
import type { PublishedClaim } from "@/lib/domain/publishedSnapshot";
import type { PublishedClaimEntry, RemovedClaimDto } from "@/lib/services/publishing/publishedDto";
import type { PublicSearchResult } from "@/lib/services/publishing/publicSearchDto";
import { CATALOGS } from "@/messages/catalogs";

// A newsroom's words (a claim's statement and explanation) are marked with the language they are written in, when it
// can be told, so a screen reader reads an Arabic statement on an English site in Arabic, as ClaimReview's inLanguage
// says; words whose language cannot be told keep the page's.

const ARABIC_STATEMENT = "قال الوزير إن معدل البطالة انخفض إلى ثلاثة في المئة خلال العام الماضي في جميع المحافظات.";
const ENGLISH_EXPLANATION = "Official figures published by the statistics office show that unemployment rose to 4.1 percent last year.";

const claim: PublishedClaim = {
  id: "c1",
  start: 0,
  end: 10,
  quote: "x",
  statement: ARABIC_STATEMENT,
  claimant: "",
  verdict: { label: "False", description: "", colour: "#b91c1c", position: 1, scaleSize: 5 },
  explanation: ENGLISH_EXPLANATION,
  sources: [],
  reviewedAt: "2026-01-01T00:00:00.000Z",
};

const markup = (element: ReactElement) =>
  renderToStaticMarkup(
    createElement(NextIntlClientProvider, { locale: "en", messages: CATALOGS.en, timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>, element),
  );

/** The opening tag of the element whose text begins with `text`. */
const openingTagOf = (html: string, text: string) => {
  const at = html.indexOf(text);
  return html.slice(html.lastIndexOf("<", at), html.indexOf(">", html.lastIndexOf("<", at)) + 1);
};

describe("a claim's words are marked with their own language", () => {
  test("on the reader page", () => {
    const html = markup(createElement(ClaimDetails, { claim }));
    expect(openingTagOf(html, ARABIC_STATEMENT)).toMatch(/lang="ar" dir="rtl"/);
    expect(html).toMatch(/<div[^>]*lang="en" dir="ltr"[^>]*>(?:(?!<\/div>).)*Official figures/);
  });

  test("in an embed", () => {
    const entry = { claim } as unknown as PublishedClaimEntry;
    const html = markup(createElement(EmbeddedClaim, { entry, href: "https://example.org/articles/a#claim-1" }));
    expect(openingTagOf(html, ARABIC_STATEMENT)).toMatch(/lang="ar" dir="rtl"/);
    expect(openingTagOf(html, "Official figures")).toMatch(/lang="en" dir="ltr"/);
  });

  test("in a removed claim's card and in search results", () => {
    const removal = {
      kind: "removed",
      slug: "a",
      title: "Unemployment",
      language: "en",
      statement: ARABIC_STATEMENT,
      lastShownIn: 1,
      removedIn: { number: 2, publishedAt: new Date("2026-01-02T00:00:00Z"), changeNote: "", isCorrection: true },
      withdrawnBy: null,
    } as RemovedClaimDto;
    expect(openingTagOf(markup(createElement(EmbeddedClaimRemoval, { removal })), ARABIC_STATEMENT)).toMatch(/lang="ar" dir="rtl"/);
    const hit = { slug: "a", articleTitle: "Unemployment", language: "en", claimNumber: 1, anchor: "claim-c1", statement: ARABIC_STATEMENT, claimant: "", quote: "x", verdict: { label: "False", colour: "#b91c1c" }, publishedAt: new Date("2026-01-01T00:00:00Z") };
    const result: PublicSearchResult = { query: "x", verdict: null, verdictOptions: [], notice: null, claims: { total: 1, hits: [hit] }, articles: { total: 0, hits: [] } };
    const found = markup(createElement(PublicSearchResults, { result }));
    expect(found).toMatch(/<p[^>]*lang="ar" dir="rtl"[^>]*><a[^>]*>قال الوزير/);
  });

  test("words too few to tell keep the page's language", () => {
    // "Hola mundo." alone reads as Portuguese: a language is told from 12 words or more.
    for (const statement of ["5%", "Hola mundo.", "El desempleo bajó al tres por ciento el año pasado."]) {
      const html = markup(createElement(ClaimDetails, { claim: { ...claim, statement, explanation: "" } }));
      expect(openingTagOf(html, statement), statement).not.toMatch(/lang=/);
    }
  });
});

test("words of scripts written without spaces are counted as words, not as one run of letters", () => {
  // 20 words in Chinese, 24 in Japanese, but no space: counted by letter runs they were 2 and 3, and never told.
  expect(detectWordsLanguage("中国政府表示今年的经济增长率达到了百分之五点二，高于此前的预期。")).toBe("zh");
  expect(detectWordsLanguage("政府は今年の経済成長率が5.2パーセントに達したと発表し、これは以前の予想を上回った。")).toBe("ja");
  // Still too few: four words.
  expect(detectWordsLanguage("中国经济增长了")).toBeNull();
});
