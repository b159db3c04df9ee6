import { eld } from "eld/extrasmall";
import { DOMParser } from "linkedom";
import { createElement } from "react";
import { describe, expect, test } from "vitest";
import { renderInLanguage } from "@/tests/fixtures/renderInLanguage";
import { AnnotatedText } from "@/components/reader/AnnotatedText";
import { detectArticleLanguage } from "@/lib/domain/articleLanguage";
import { atomFeed } from "@/lib/domain/atomFeed";
import { ARTICLE_LANGUAGES, isArticleLanguage, languageAttributes, languageChoices, languageName, textDirection } from "@/lib/domain/languages";
import type { PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
import { diffSnapshots } from "@/lib/domain/snapshotDiff";

describe("an article's language on readers' pages", () => {
  test("right to left for Arabic, Hebrew, Persian and Urdu (and Pashto, Yiddish); left to right for the rest", () => {
    for (const code of ["ar", "he", "fa", "ur", "ps", "yi"]) expect(textDirection(code), code).toBe("rtl");
    for (const code of ["en", "es", "ru", "zh", "hi", "tr"]) expect(textDirection(code), code).toBe("ltr");
  });

  test("lang and dir for a known language; nothing for an unknown one, so the page's applies", () => {
    expect(languageAttributes("ar")).toEqual({ lang: "ar", dir: "rtl" });
    expect(languageAttributes("es")).toEqual({ lang: "es", dir: "ltr" });
    expect(languageAttributes(null)).toEqual({});
    expect(languageAttributes(undefined)).toEqual({});
  });

  test("the marked text takes them; its claim markers stay in the page's language", () => {
    const html = renderInLanguage(
      createElement(AnnotatedText, {
        ...languageAttributes("he"),
        body: "שלום עולם. עוד משפט.",
        highlights: [{ id: "c1", anchor: "claim-c1a2b3c4", number: 1, start: 0, end: 10, colour: "#b91c1c", label: "False" }],
      }),
    );
    expect(html).toMatch(/^<div lang="he" dir="rtl"/);
    expect(html).toContain('<span class="sr-only" lang="en"> (claim 1, rated False)</span>');
    expect(renderInLanguage(createElement(AnnotatedText, { body: "Hello.", highlights: [] }))).not.toContain("lang=");
    const onUkrainianPage = renderInLanguage(
      createElement(AnnotatedText, { lang: "en", dir: "ltr", body: "Hello world.", highlights: [{ id: "c1", anchor: "claim-c1a2b3c4", number: 2, start: 0, end: 12, colour: "#b91c1c", label: "False" }] }),
      "uk",
    );
    expect(onUkrainianPage).toContain('<span class="sr-only" lang="uk"> (твердження 2, вердикт: False)</span>');
  });
});

describe("the list of languages", () => {
  test("holds every language the detector can name, so a detected language is always one an editor can choose", () => {
    const detectable = Object.values(eld.info().Languages);
    expect(detectable.length).toBeGreaterThan(50);
    expect(detectable.filter((code) => !isArticleLanguage(code))).toEqual([]);
    expect(detectArticleLanguage("El gobierno anunció que el desempleo bajó al 3,5 por ciento el año pasado.")).toBe("es");
    expect(detectArticleLanguage("12 345 678")).toBeNull();
  });

  test("refuses what is not an ISO 639-1 code of the list", () => {
    for (const code of ["xx", "ES", "es-ES", "spa", ""]) expect(isArticleLanguage(code), code).toBe(false);
    expect(new Set(ARTICLE_LANGUAGES).size).toBe(ARTICLE_LANGUAGES.length);
  });

  test("offers each by its name, with its own name beside it, in alphabetical order", () => {
    const choices = languageChoices();
    expect(choices).toHaveLength(ARTICLE_LANGUAGES.length);
    expect(choices.find((c) => c.code === "es")?.name).toBe("Spanish (español)");
    expect(choices.find((c) => c.code === "en")?.name).toBe("English");
    expect(choices.map((c) => c.name)).toEqual([...choices.map((c) => c.name)].sort((a, b) => a.localeCompare(b, "en")));
    expect(languageName("fr")).toBe("French");
  });

  test("in a language that writes their names in lower case, each choice still starts with a capital, as list items do", () => {
    const spanish = languageChoices("es");
    expect(spanish.find((c) => c.code === "en")?.name).toBe("Inglés (English)");
    expect(spanish.find((c) => c.code === "es")?.name).toBe("Español");
    expect(languageChoices("uk").find((c) => c.code === "es")?.name).toBe("Іспанська (español)");
    // In running text the name stays as the language writes it: "En español."
    expect(languageName("es", "es")).toBe("español");
  });
});

describe("the language in the feed", () => {
  const entry = (language: string | null) => ({
    id: `https://f.example/articles/a/v/${language}`,
    title: "Título",
    link: "https://f.example/articles/a",
    updated: new Date(Date.UTC(2026, 0, 1)),
    summary: "First published.",
    content: "Claim 1, False: …",
    language,
  });

  test("an entry in another language than the feed's says it; its summary and content say the feed's again", () => {
    const xml = atomFeed({ id: "https://f.example/feed.xml", title: "F", link: "https://f.example/", self: "https://f.example/feed.xml", author: "D", language: "en", entries: [entry("es"), entry("en"), entry(null)] });
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    expect(doc.querySelector("feed")!.getAttribute("xml:lang")).toBe("en");
    const entries = [...doc.querySelectorAll("entry")];
    expect(entries.map((e) => e.getAttribute("xml:lang"))).toEqual(["es", null, null]);
    expect(entries[0]!.querySelector("summary")!.getAttribute("xml:lang")).toBe("en");
    expect(entries[0]!.querySelector("content")!.getAttribute("xml:lang")).toBe("en");
    expect(entries[1]!.querySelector("summary")!.getAttribute("xml:lang")).toBeNull();
  });
});

describe("a change of language between versions", () => {
  const snapshot = (language?: string | null): PublishedSnapshot => ({
    title: "T",
    body: "B",
    source: { outlet: null, url: null, author: null, publishedOn: null },
    claims: [],
    ...(language !== undefined ? { language } : {}),
  });

  test("is a change readers see; a version from before languages were recorded counts as unknown", () => {
    expect(diffSnapshots(snapshot("es"), snapshot("ca"))).toMatchObject({ identical: false, languageChanged: true });
    expect(diffSnapshots(snapshot("es"), snapshot("es"))).toMatchObject({ identical: true, languageChanged: false });
    expect(diffSnapshots(snapshot(), snapshot(null))).toMatchObject({ identical: true, languageChanged: false });
    expect(diffSnapshots(snapshot(), snapshot("en"))).toMatchObject({ identical: false, languageChanged: true });
  });
});
