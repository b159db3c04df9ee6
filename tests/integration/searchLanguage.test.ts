import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { articles, claims } from "@/db/schema";
import { ARTICLE_LANGUAGES } from "@/lib/domain/languages";
import { TEXT_SEARCH_CONFIGS, textSearchConfig } from "@/lib/domain/textSearchConfig";
import { createArticle } from "@/lib/services/articles/createArticle";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { updateArticleDetails } from "@/lib/services/articles/updateArticleDetails";
import { getClaimMatches } from "@/lib/services/archive/getClaimMatches";
import { importFactChecks } from "@/lib/services/archive/importFactChecks";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { searchPublished } from "@/lib/services/publishing/searchPublished";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import type { DeskSearchResult, TextRun } from "@/lib/services/search/searchDto";
import { searchDesk } from "@/lib/services/search/searchDesk";
import { sayIn } from "@/lib/web/errorWording";
import { anonymousCtx, makeUser, noticeOf, publishAsShown, spanOf, type ActorContext } from "./factories";
import { migrationUpdates } from "./migrationUpdates";


// Each record is searched in its language (issue 20): on whichever driver the run uses (PGlite, or Postgres with
// TEST_DATABASE_URL). Spanish stems "elecciones" and "elección" alike ("eleccion"); English does not ("eleccion",
// "elección"), so a Spanish text that says only "elección" is found by "elecciones" only when read as Spanish. Each
// test names its records with a word of its own, as tests run in random order on one database.

const SPANISH_BODY = [
  "El ayuntamiento confirmó la elección del nuevo alcalde.",
  "La oposición pidió repetir la elección en tres distritos.",
].join("\n");
const SPANISH_QUOTE = "La oposición pidió repetir la elección en tres distritos.";

const uniqueWord = () => `zq${randomUUID().replace(/[^a-f]/g, "").slice(0, 10)}`;
const text = (runs: TextRun[]) => runs.map((run) => run.text).join("");
const marked = (runs: TextRun[] | TextRun[][]) => runs.flat().filter((run) => run.match).map((run) => run.text);
const titles = (result: DeskSearchResult) => result.articles.hits.map((hit) => text(hit.title));

/** The same Spanish text twice: once as Spanish, once (wrongly) as English, each with a claim on one sentence. */
async function spanishAndEnglishCopies(editor: ActorContext, word: string) {
  const made = [];
  for (const language of ["es", "en"] as const) {
    const article = await createArticle(editor, { title: `Elección ${word} ${language}`, body: SPANISH_BODY, language });
    const claim = await createClaim(editor, { articleId: article.id, ...spanOf(SPANISH_QUOTE, SPANISH_BODY) });
    made.push({ article, claim });
  }
  return { spanish: made[0]!, english: made[1]! };
}

test("every configuration the languages map to is one this driver ships", async () => {
  const db = await getDb();
  const rows = rowsOf<{ cfgname: string }>(await db.execute(sql`select cfgname from pg_ts_config`));
  const shipped = new Set(rows.map((row) => row.cfgname));
  expect(TEXT_SEARCH_CONFIGS.filter((config) => !shipped.has(config))).toEqual([]);
});

describe("migration 0023_search_language", () => {
  /** Its UPDATE statements (its columns exist here already). */
  const updates = () => migrationUpdates("0023_search_language");

  test("sets every article's configuration as textSearchConfig does, and its claims' to their article's", async () => {
    const editor = await makeUser("editor");
    const word = uniqueWord();
    const { spanish } = await spanishAndEnglishCopies(editor, word);
    const db = await getDb();
    const languages = [...ARTICLE_LANGUAGES, null];
    const inserted = await db
      .insert(articles)
      .values(languages.map((language, i) => ({ slug: `${word}-${i}`, title: `${word} ${language}`, body: "Text.", language })))
      .returning({ id: articles.id, language: articles.language });
    // As before the migration: every record read as English.
    const ids = [spanish.article.id, ...inserted.map((row) => row.id)];
    await db.update(articles).set({ searchConfig: "english" }).where(inArray(articles.id, ids));
    await db.update(claims).set({ searchConfig: "english" }).where(eq(claims.articleId, spanish.article.id));

    expect(updates()).toHaveLength(2);
    for (const statement of updates()) await db.execute(sql.raw(statement));
    const after = await db.select({ id: articles.id, language: articles.language, config: articles.searchConfig }).from(articles).where(inArray(articles.id, ids));
    for (const row of after) expect(row.config, row.language ?? "unknown").toBe(textSearchConfig(row.language));
    const [claim] = await db.select({ config: claims.searchConfig }).from(claims).where(eq(claims.id, spanish.claim.id));
    expect(claim?.config).toBe("spanish");
    expect((await searchDesk(editor, { q: `elecciones ${word}` })).articles.hits.map((hit) => hit.id)).toEqual([spanish.article.id]);
  });
});

describe("desk search", () => {
  test("finds a Spanish article and its claim by a Spanish inflection, which English stemming does not", async () => {
    const editor = await makeUser("editor");
    const word = uniqueWord();
    const { spanish } = await spanishAndEnglishCopies(editor, word);

    const found = await searchDesk(editor, { q: `elecciones ${word}` });
    expect(titles(found)).toEqual([`Elección ${word} es`]);
    expect(marked(found.articles.hits[0]!.title)).toEqual(["Elección", word]);
    expect(marked(found.articles.hits[0]!.excerpts).map((w) => w.toLowerCase())).toContain("elección");
    expect(found.claims.hits.map((hit) => hit.id)).toEqual([]);

    const claims = await searchDesk(editor, { q: "elecciones distritos" });
    expect(claims.claims.hits.map((hit) => hit.id)).toContain(spanish.claim.id);
    expect(claims.claims.hits.map((hit) => hit.articleTitle)).not.toContain(`Elección ${word} en`);
    const hit = claims.claims.hits.find((h) => h.id === spanish.claim.id)!;
    expect(marked(hit.statement)).toEqual(["elección", "distritos"]);

    // The word as written finds both: each copy reads it its own way.
    expect(titles(await searchDesk(editor, { q: `elección ${word}` })).sort()).toEqual([`Elección ${word} en`, `Elección ${word} es`]);
  });

  test("English is still read as English beside other languages: “mayors” finds “mayor”, and English common words say so", async () => {
    const editor = await makeUser("editor");
    const word = uniqueWord();
    await spanishAndEnglishCopies(editor, word);
    const body = `The mayor of ${word} said unemployment fell to 3.2 percent.`;
    const english = await createArticle(editor, { title: `Council ${word}`, body, language: "en" });
    const claim = await createClaim(editor, { articleId: english.id, ...spanOf(body, body) });
    const found = await searchDesk(editor, { q: `mayors ${word}` });
    expect(titles(found)).toEqual([`Council ${word}`]);
    expect(found.claims.hits.map((hit) => hit.id)).toEqual([claim.id]);
    expect(marked(found.claims.hits[0]!.statement)).toEqual(["mayor", word]);
    expect(noticeOf(await searchDesk(editor, { q: "the and of" }))).toMatch(/only very common words/);
  });

  test("an article whose language changes is searched in the new one, its claims too, at once", async () => {
    const editor = await makeUser("editor");
    const word = uniqueWord();
    const { english } = await spanishAndEnglishCopies(editor, word);
    expect((await searchDesk(editor, { q: `elecciones ${word}` })).articles.hits.map((hit) => hit.id)).not.toContain(english.article.id);

    const { article } = await getWorkspace(editor, english.article.id);
    await updateArticleDetails(editor, { articleId: article.id, version: article.version, title: article.title, language: "es" });
    const found = await searchDesk(editor, { q: `elecciones ${word}` });
    expect(found.articles.hits.map((hit) => hit.id)).toContain(english.article.id);
    const claims = await searchDesk(editor, { q: "elecciones distritos" });
    expect(claims.claims.hits.map((hit) => hit.id)).toContain(english.claim.id);
  });
});

describe("reader search", () => {
  test("finds a published Spanish article and claim by a Spanish inflection; the copy published as English it does not", async () => {
    const editor = await makeUser("editor");
    const approver = await makeUser("editor", "approver");
    const word = uniqueWord();
    const { spanish, english } = await spanishAndEnglishCopies(editor, word);
    const [verdict] = await listVerdicts(editor);
    for (const { article, claim } of [spanish, english]) {
      const explanation = `Los resultados oficiales confirman la elección. ${word}`;
      const reviewed = await reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId: verdict!.id, publicExplanation: explanation, sources: [], readyForSignoff: true });
      await signOffClaim(approver, { claimId: claim.id, version: reviewed.version });
      await publishAsShown(editor, article.id);
    }
    const reader = await anonymousCtx();
    const found = await searchPublished(reader, { q: `elecciones ${word}` });
    expect(found.articles.hits.map((hit) => hit.slug)).toEqual([spanish.article.slug]);
    expect(found.claims.hits.map((hit) => hit.slug)).toEqual([spanish.article.slug]);
    // Read as written, both are there.
    expect((await searchPublished(reader, { q: `elección ${word}` })).articles.total).toBe(2);
    // English common words alone still get the notice.
    const common = await searchPublished(reader, { q: "the and of" });
    expect(noticeOf(common)).toMatch(/only very common words/);
    // The notice is words of the catalog, said in the page's language.
    expect(sayIn("es", common.notice!)).toBe("«the and of» solo tiene palabras muy comunes, que la búsqueda omite. Pruebe con una palabra más concreta, como un nombre, un lugar o una cifra.");
    expect(sayIn("ar", (await searchPublished(reader, {})).notice!)).toMatch(/اكتب كلمة/);
  });
});

describe("imported ClaimReviews", () => {
  test("keep their inLanguage, which matching reads as the fact-check's language", async () => {
    const editor = await makeUser("editor");
    const word = uniqueWord();
    const url = `https://checks.example.org/${word}`;
    const claimReview = {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url,
      claimReviewed: `Putin ganó en 2024 ${word}.`,
      inLanguage: "es-MX",
      author: { "@type": "Organization", name: "Verificado" },
      reviewRating: { "@type": "Rating", alternateName: "Falso" },
    };
    expect(await importFactChecks(editor, { text: JSON.stringify(claimReview) })).toMatchObject({ imported: 1 });
    const db = await getDb();
    const [row] = rowsOf<{ language: string | null }>(await db.execute(sql`select language from fact_checks where url = ${url}`));
    expect(row?.language).toBe("es-MX");

    const body = `Putin won in 2024 ${word}, the minister said.`;
    const article = await createArticle(editor, { title: `Minister ${word}`, body, language: "en" });
    const claim = await createClaim(editor, { articleId: article.id, ...spanOf(body, body) });
    const [match] = (await getClaimMatches(editor, { articleId: article.id })).matches[claim.id]!;
    expect(match).toMatchObject({ key: expect.stringMatching(/^fc:/), language: "es-MX" });
    // Only a name, a number and the word of this test in common, across languages: worth a look, never strong.
    expect(match?.strong).toBe(false);
  });
});
