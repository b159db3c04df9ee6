import { DOMParser } from "linkedom";
import { describe, expect, test } from "vitest";
import type { OrganisationDto } from "@/lib/services/organisation/organisationDto";
import type { PublishedVersionEntry, RetractionFeedEntry } from "@/lib/services/publishing/publishedDto";
import { publicFeed } from "@/lib/web/publicFeed";

const SITE = "https://factcheck.example.org";
const ORGANISATION: OrganisationDto = { name: "Example Checks", url: null, description: null, contactEmail: null, logoUrl: null, methodology: null, correctionsPolicy: null, interfaceLanguage: "en" };

const version = (number: number, day: number, over: Partial<PublishedVersionEntry> = {}): PublishedVersionEntry => ({
  slug: "crime-figures",
  number,
  title: "Crime figures",
  publishedAt: new Date(Date.UTC(2026, 2, day, 10)),
  changeNote: number === 1 ? "First published." : "We had the wrong year.",
  isCorrection: number > 1,
  verdicts: ["False"],
  claims: [{ verdict: "False", statement: "Crime fell by half.", explanation: `It rose. ${"The police figures for the year show a rise of four percent. ".repeat(8)}` }],
  ...over,
});

const retraction: RetractionFeedEntry = { slug: "crime-figures", title: "Crime figures", version: 2, retractedAt: new Date(Date.UTC(2026, 2, 5, 9)), reason: "The survey was withdrawn." };

function entries(xml: string) {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  return [...doc.querySelectorAll("entry")].map((entry) => ({
    id: entry.querySelector("id")!.textContent,
    title: entry.querySelector("title")!.textContent,
    link: entry.querySelector('link[rel="alternate"]')!.getAttribute("href"),
    related: entry.querySelector('link[rel="related"]')?.getAttribute("href") ?? null,
    published: entry.querySelector("published")?.textContent ?? null,
    updated: entry.querySelector("updated")!.textContent,
    summary: entry.querySelector("summary")!.textContent,
    content: entry.querySelector("content")?.textContent ?? null,
  }));
}

describe("the public feed", () => {
  test("each publication's id and link are its version's own page, which exists; it carries published and updated", () => {
    const [second, first] = entries(publicFeed(SITE, ORGANISATION, [version(2, 3), version(1, 1)]));
    expect(first).toMatchObject({
      id: `${SITE}/articles/crime-figures/v/1`,
      link: `${SITE}/articles/crime-figures/v/1`,
      related: `${SITE}/articles/crime-figures`,
      title: "Crime figures",
      published: "2026-03-01T10:00:00.000Z",
      updated: "2026-03-01T10:00:00.000Z",
    });
    expect(second).toMatchObject({ id: `${SITE}/articles/crime-figures/v/2`, title: "Correction: Crime figures", summary: "Correction (version 2): We had the wrong year. 1 claim checked: 1 False." });
  });

  test("a version a retraction withdrew is updated when it was withdrawn, after the retraction's own entry", () => {
    const withdrawn = { retractedAt: retraction.retractedAt, reason: retraction.reason };
    const all = entries(publicFeed(SITE, ORGANISATION, [version(3, 6), version(2, 3, { withdrawn }), version(1, 1, { withdrawn })], [retraction]));
    expect(all.map((e) => [e.title, e.published, e.updated])).toEqual([
      ["Correction: Crime figures", "2026-03-06T10:00:00.000Z", "2026-03-06T10:00:00.000Z"],
      ["Retracted: Crime figures", "2026-03-05T09:00:00.000Z", "2026-03-05T09:00:00.000Z"],
      ["Withdrawn (version 2): Crime figures", "2026-03-03T10:00:00.000Z", "2026-03-05T09:00:00.000Z"],
      ["Withdrawn (version 1): Crime figures", "2026-03-01T10:00:00.000Z", "2026-03-05T09:00:00.000Z"],
    ]);
  });

  test("an entry says the article's language only when its title is the article's own words", () => {
    const withdrawn = { retractedAt: retraction.retractedAt, reason: retraction.reason };
    const spanish = { title: "El desempleo", language: "es" };
    const xml = publicFeed(SITE, ORGANISATION, [version(2, 3, spanish), version(1, 2, spanish), version(1, 1, { ...spanish, slug: "otro", withdrawn })], [{ ...retraction, title: "El desempleo" }]);
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    const tagged = [...doc.querySelectorAll("entry")].map((e) => `${e.getAttribute("xml:lang") ?? "(feed's)"} ${e.querySelector("title")!.textContent}`);
    expect(tagged).toEqual(["(feed's) Retracted: El desempleo", "(feed's) Withdrawn (version 1): El desempleo", "(feed's) Correction: El desempleo", "es El desempleo"]);
  });

  test("the content gives each claim's verdict and statement, and its explanation cut at a word", () => {
    const [entry] = entries(publicFeed(SITE, ORGANISATION, [version(1, 1)]));
    const [head, explanation] = entry!.content!.split("\n");
    expect(head).toBe("Claim 1, False: Crime fell by half.");
    expect(explanation!.startsWith("It rose. The police figures")).toBe(true);
    expect(explanation!.endsWith("…")).toBe(true);
    expect(explanation!.length).toBeLessThanOrEqual(280);
  });

  test("a retraction is an entry of its own, newest first among the publications, with its date and reason", () => {
    const all = entries(publicFeed(SITE, ORGANISATION, [version(2, 3), version(1, 1)], [retraction]));
    expect(all.map((e) => e.title)).toEqual(["Retracted: Crime figures", "Correction: Crime figures", "Crime figures"]);
    expect(all[0]).toMatchObject({
      id: `${SITE}/articles/crime-figures/versions#retraction-2`,
      link: `${SITE}/articles/crime-figures/versions#retraction-2`,
      published: "2026-03-05T09:00:00.000Z",
      summary: "We retracted this fact-check (version 2) on 5 March 2026. Why: The survey was withdrawn.",
    });
    expect(entries(publicFeed(SITE, ORGANISATION, [version(2, 3), version(1, 1)], [retraction], 2))).toHaveLength(2);
  });

  test("its own words are in the newsroom's language (the feed's xml:lang too); the articles' words stay as written", () => {
    const xml = publicFeed(SITE, { ...ORGANISATION, interfaceLanguage: "es" }, [version(2, 3), version(1, 1)], [retraction]);
    expect(xml).toMatch(/<feed [^>]*xml:lang="es"/);
    expect(new DOMParser().parseFromString(xml, "text/xml").querySelector("feed > title")!.textContent).toBe("Example Checks: verificaciones");
    const [retracted, corrected, first] = entries(xml);
    expect(retracted).toMatchObject({ title: "Retirada: Crime figures", summary: "Retiramos esta verificación (versión 2) el 5 de marzo de 2026. Por qué: The survey was withdrawn." });
    expect(corrected).toMatchObject({ title: "Corrección: Crime figures", summary: "Corrección (versión 2): We had the wrong year. 1 afirmación verificada: 1 False." });
    expect(first!.content!.split("\n")[0]).toBe("Afirmación 1, False: Crime fell by half.");
  });
});
