import { DOMParser } from "linkedom";
import { createElement } from "react";
import { beforeEach, describe, expect, test } from "vitest";
import { EmbeddedArticle } from "@/components/embed/EmbeddedArticle";
import { EmbeddedClaim } from "@/components/embed/EmbeddedClaim";
import { EmbeddedRetraction } from "@/components/embed/EmbeddedRetraction";
import { ClaimChangeList } from "@/components/reader/ClaimChangeList";
import { CorrectionList } from "@/components/reader/CorrectionList";
import { AnnotatedText, highlightsOf } from "@/components/reader/AnnotatedText";
import { PublicSearchResults } from "@/components/reader/PublicSearchResults";
import { RetractedNotice } from "@/components/reader/RetractedNotice";
import { VerdictBadges } from "@/components/reader/VerdictBadges";
import { WordDiffText } from "@/components/reader/WordDiffText";
import { languageAttributes } from "@/lib/domain/languages";
import { numberPublishedClaims } from "@/lib/domain/readerClaims";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { compareVersions } from "@/lib/services/publishing/compareVersions";
import { getClaimRetraction } from "@/lib/services/publishing/getClaimRetraction";
import { getPublishedClaim } from "@/lib/services/publishing/getPublishedClaim";
import { getPublishedVersion } from "@/lib/services/publishing/getPublishedVersion";
import { listCorrections } from "@/lib/services/publishing/listCorrections";
import { listPublishedArticles } from "@/lib/services/publishing/listPublishedArticles";
import { listVersions } from "@/lib/services/publishing/listVersions";
import { retractArticle } from "@/lib/services/publishing/retractArticle";
import { searchPublished } from "@/lib/services/publishing/searchPublished";
import { renderInLanguage } from "@/tests/fixtures/renderInLanguage";
import { anonymousCtx, changeVerdict, freshNewsroom, publishedWithFalse, SPANISH_BODY, type ActorContext } from "./factories";

// docs/translating.md: on public pages, an article's text, claims and verdicts keep the article's own lang and dir,
// not only on its reader page: in the embeds partners frame, in search results and on the home page too.

let admin: ActorContext;
let editor: ActorContext;
let approver: ActorContext;

beforeEach(async () => ({ admin, editor, approver } = await freshNewsroom()));

const ARABIC = ["قال رئيس البلدية إن البطالة انخفضت إلى 3.2 في المئة في العام الماضي.", "ويقول المنتقدون إن الرقم يستبعد العاملين بدوام جزئي."].join("\n");
const ARABIC_TITLE = "هل انخفضت البطالة إلى 3.2%؟";

/** The language and direction `text` (its first place `within` a selector) is marked with on an English page: the nearest that say. */
function markedAs(html: string, text: string, within = "body") {
  const doc = new DOMParser().parseFromString(`<html lang="en" dir="ltr"><body>${html}</body></html>`, "text/html");
  const holder = [...doc.querySelectorAll(`${within} *`)].find((element) => [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.includes(text)));
  if (!holder) throw new Error(`"${text}" is not in ${html}`);
  return { lang: holder.closest("[lang]")?.getAttribute("lang"), dir: holder.closest("[dir]")?.getAttribute("dir") };
}

describe("an article's words outside its reader page", () => {
  test("a verdict translated into the article's language is marked so in both embeds, search results and the home page's counts", async () => {
    await changeVerdict(admin, "False", { translations: { es: { label: "Falso", description: "No es cierto." } } });
    const { claim, version } = await publishedWithFalse(editor, approver, "El desempleo", SPANISH_BODY, "es");
    const reader = await anonymousCtx();
    const spanish = { lang: "es", dir: "ltr" };

    const entry = (await getPublishedClaim(reader, { claimId: claim.id }))!;
    expect(markedAs(renderInLanguage(createElement(EmbeddedClaim, { entry, href: "/x" })), "Falso")).toEqual(spanish);
    // Its badges; the sentence above them counts the claims, naming no verdict untagged.
    const card = renderInLanguage(createElement(EmbeddedArticle, { version, publisher: "Daily" }));
    expect(markedAs(card, "Falso")).toEqual(spanish);
    expect(card).toContain("1 claim checked.");
    const found = await searchPublished(reader, { q: "desempleo" });
    expect(markedAs(renderInLanguage(createElement(PublicSearchResults, { result: found })), "Falso")).toEqual(spanish);

    const [home] = await listPublishedArticles(reader, {});
    expect(home).toMatchObject({ language: "es", verdicts: [{ label: "Falso", language: "es", count: 1 }] });
    expect(markedAs(renderInLanguage(createElement(VerdictBadges, { verdicts: home!.verdicts })), "Falso")).toEqual(spanish);
  });

  test("a label in the scale's own words keeps the scale's language (the default scale's: English)", async () => {
    // The default scale names "False" in Spanish: without that translation, its own word is shown.
    await changeVerdict(admin, "False", { translations: {} });
    const { version } = await publishedWithFalse(editor, approver, "El desempleo", SPANISH_BODY, "es");
    expect(markedAs(renderInLanguage(createElement(EmbeddedArticle, { version, publisher: "Daily" })), "False", "ul")).toEqual({ lang: "en", dir: "ltr" });
    const [home] = await listPublishedArticles(await anonymousCtx(), {});
    expect(home!.verdicts[0]).toMatchObject({ label: "False", language: "en" });
  });

  test("an Arabic title is marked Arabic and right to left in the article embed and search results", async () => {
    const { version } = await publishedWithFalse(editor, approver, ARABIC_TITLE, ARABIC, "ar");
    const arabic = { lang: "ar", dir: "rtl" };
    expect(markedAs(renderInLanguage(createElement(EmbeddedArticle, { version, publisher: "Daily" })), ARABIC_TITLE)).toEqual(arabic);

    const found = await searchPublished(await anonymousCtx(), { q: "البطالة" });
    expect({ claims: found.claims.total, articles: found.articles.total }).toEqual({ claims: 1, articles: 1 });
    const results = renderInLanguage(createElement(PublicSearchResults, { result: found }));
    // Once as the article found, once in the sentence under the claim found ("In “…”, checked …").
    const titles = [...new DOMParser().parseFromString(`<html lang="en"><body>${results}</body></html>`, "text/html").querySelectorAll("body *")]
      .filter((element) => [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent === ARABIC_TITLE))
      .map((element) => ({ tag: element.tagName.toLowerCase(), lang: element.getAttribute("lang"), dir: element.getAttribute("dir") }));
    expect(titles).toEqual([
      { tag: "bdi", ...arabic },
      { tag: "a", ...arabic },
    ]);
    const [home] = await listPublishedArticles(await anonymousCtx(), {});
    expect(home).toMatchObject({ title: ARABIC_TITLE, language: "ar" });
  });

  test("a translated verdict keeps its language in the claim markers of the reader page's text (spoken and shown)", async () => {
    await changeVerdict(admin, "False", { translations: { es: { label: "Falso", description: "No es cierto." } } });
    const { version } = await publishedWithFalse(editor, approver, "El desempleo", SPANISH_BODY, "es");
    const { snapshot } = version;
    const text = createElement(AnnotatedText, { ...languageAttributes(snapshot.language), body: snapshot.body, highlights: highlightsOf(numberPublishedClaims(snapshot)) });
    const page = new DOMParser().parseFromString(`<html lang="en"><body>${renderInLanguage(text)}</body></html>`, "text/html");
    // Where the text says the verdict: the marker read after the claim ("(claim 1, rated Falso)") and its badge.
    const said = [...page.querySelectorAll("body *")].flatMap((element) =>
      [...element.childNodes].filter((node) => node.nodeType === 3 && /Falso/.test(node.textContent ?? "")).map(() => element.closest("[lang]")?.getAttribute("lang")),
    );
    expect(said).toHaveLength(2);
    expect(said.every((lang) => lang === "es"), JSON.stringify(said)).toBe(true);
    // The marker's own words stay English.
    expect(markedAs(page.toString(), "(claim 1, rated")).toEqual({ lang: "en", dir: "ltr" });
  });

  test("a translated verdict keeps its language in the comparison of two versions", async () => {
    await changeVerdict(admin, "False", { translations: { es: { label: "Falso", description: "No es cierto." } } });
    const { version } = await publishedWithFalse(editor, approver, "El desempleo", SPANISH_BODY, "es");
    const added = renderInLanguage(createElement(ClaimChangeList, { changes: [{ kind: "added", claim: version.snapshot.claims[0]! }], from: 1 }));
    expect(markedAs(added, "Falso")).toEqual({ lang: "es", dir: "ltr" });
  });

  test("an Arabic title and text keep their direction on the versions and comparison pages", async () => {
    const { version } = await publishedWithFalse(editor, approver, ARABIC_TITLE, ARABIC, "ar");
    const reader = await anonymousCtx();
    expect(await listVersions(reader, { slug: version.slug })).toMatchObject({ kind: "versions", language: "ar" });
    const comparison = await compareVersions(reader, { slug: version.slug, from: 1, to: 1 });
    if (comparison?.kind !== "comparison") throw new Error(`no comparison: ${JSON.stringify(comparison)}`);
    expect({ language: comparison.language, textLanguage: comparison.textLanguage }).toEqual({ language: "ar", textLanguage: "ar" });
    const text = renderInLanguage(createElement(WordDiffText, { paragraphs: comparison.text, language: comparison.textLanguage }));
    expect(markedAs(text, "قال رئيس البلدية")).toEqual({ lang: "ar", dir: "rtl" });
  });

  test("an Arabic title keeps its direction in retraction notices, the retraction embed and the corrections list", async () => {
    const { article, claim, version } = await publishedWithFalse(editor, approver, ARABIC_TITLE, ARABIC, "ar");
    const shown = await getWorkspace(editor, article.id);
    await retractArticle(editor, { articleId: article.id, version: shown.article.version, reason: "The survey was withdrawn." });
    const reader = await anonymousCtx();
    const arabic = { lang: "ar", dir: "rtl" };

    const retracted = await getPublishedVersion(reader, { slug: version.slug });
    if (retracted?.kind !== "retracted") throw new Error(`not retracted: ${JSON.stringify(retracted)}`);
    expect(markedAs(renderInLanguage(createElement(RetractedNotice, retracted)), ARABIC_TITLE)).toEqual(arabic);
    expect(markedAs(renderInLanguage(createElement(EmbeddedRetraction, { retraction: retracted })), ARABIC_TITLE)).toEqual(arabic);
    const ofClaim = (await getClaimRetraction(reader, { claimId: claim.id }))!;
    expect(markedAs(renderInLanguage(createElement(EmbeddedRetraction, { retraction: ofClaim })), ARABIC_TITLE)).toEqual(arabic);
    const corrections = await listCorrections(reader, { page: 1 });
    expect(markedAs(renderInLanguage(createElement(CorrectionList, { corrections: corrections.items })), ARABIC_TITLE)).toEqual(arabic);
  });
});
