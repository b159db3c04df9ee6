import { createElement, type ReactNode } from "react";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { renderInLanguage } from "@/tests/fixtures/renderInLanguage";
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import type { PublishedClaim } from "@/lib/domain/publishedSnapshot";
import type { PublishedVersionDto } from "@/lib/services/publishing/publishedDto";

// The reader page's article: its own words (title, text) in the article's language and direction, the page's words
// in the page's (the newsroom's interface language). PublishedArticle holds an async server component (the claims' popover, whose script reads the
// request's nonce), stood in for here by its children; a fresh copy of PublishedArticle picks the stand-in up.

let PublishedArticle: typeof import("@/components/reader/PublishedArticle").PublishedArticle;

beforeAll(async () => {
  vi.doMock("@/components/reader/ClaimPopover", () => ({ ClaimPopover: ({ children }: { children: ReactNode }) => children }));
  const fresh = "@/components/reader/PublishedArticle?readerLanguage";
  ({ PublishedArticle } = (await import(/* @vite-ignore */ fresh)) as typeof import("@/components/reader/PublishedArticle"));
});

afterAll(() => {
  vi.doUnmock("@/components/reader/ClaimPopover");
});

const CLAIM: PublishedClaim = {
  id: "c1a2b3c4-0000-4000-8000-000000000000",
  start: 0,
  end: 11,
  quote: "Hola mundo.",
  statement: "Hola mundo.",
  claimant: "",
  verdict: { label: "False", description: "", colour: "#b91c1c", position: 1, scaleSize: 5 },
  explanation: "No.",
  sources: [],
  reviewedAt: "2026-03-04T10:00:00.000Z",
};

function version(language: string | null | undefined): PublishedVersionDto {
  return {
    kind: "published",
    slug: "s",
    number: 1,
    latestNumber: 1,
    publishedAt: new Date("2026-03-05T10:00:00Z"),
    changeNote: "First published.",
    isCorrection: false,
    history: [],
    snapshot: {
      title: "Título",
      body: "Hola mundo. Adiós.",
      source: { outlet: "El Diario", url: null, author: null, publishedOn: null },
      claims: [CLAIM],
      ...(language !== undefined ? { language } : {}),
    },
  };
}

function page(language: string | null | undefined, pageLanguage: InterfaceLanguage = "en"): string {
  return renderInLanguage(createElement(PublishedArticle, { version: version(language), publisher: "Factdesk" }), pageLanguage);
}

describe("the reader page's article", () => {
  test("its title and text carry the article's language and direction; the page's own words do not", () => {
    const html = page("es");
    expect(html).toContain('<h1 class="text-3xl font-semibold text-balance break-words" lang="es" dir="ltr">Título</h1>');
    expect(html).toMatch(/<div lang="es" dir="ltr" class="[^"]*font-serif/);
    expect(html.match(/lang="es"/g)).toHaveLength(2);
    expect(html).toMatch(/^<article class="[^"]*">/);
    // The claim marker inside the text is the page's words.
    expect(html).toContain('<span class="sr-only" lang="en"> (claim 1, rated False)</span>');
  });

  test("on a page in another language, its own words and dates are in that one, and so are the markers inside the text", () => {
    const html = page("en", "es");
    expect(html).toContain('<span class="sr-only" lang="es"> (afirmación 1, calificada como False)</span>');
    expect(html.replace(/<[^>]+>/g, "")).toContain("Versión 1, publicada el 5 de marzo de 2026.");
    expect(html).toContain('<time dateTime="2026-03-05T10:00:00.000Z">5 de marzo de 2026</time>');
    expect(html).not.toMatch(/Claim \d|published/);
    const arabic = page(null, "ar").replace(/<[^>]+>/g, " ");
    expect(arabic).toContain("ادعاء واحد مدقَّق");
    expect(arabic).toContain("العودة إلى الادعاء 1 في النص");
  });

  test("right to left for Arabic", () => {
    const html = page("ar");
    expect(html).toContain('lang="ar" dir="rtl">Título</h1>');
    expect(html).toMatch(/<div lang="ar" dir="rtl"/);
  });

  test("nothing when the language is unknown or the version predates it: the page's language applies", () => {
    for (const language of [null, undefined]) expect(page(language)).not.toMatch(/ (lang|dir)=/);
  });
});
