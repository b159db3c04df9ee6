import { describe, expect, test } from "vitest";
import { ValidationError } from "@/lib/core/errors";
import type { ServiceContext } from "@/lib/core/context";
import { createArticle } from "@/lib/services/articles/createArticle";
import { acceptSuggestions } from "@/lib/services/claims/acceptSuggestions";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import type { DeskSearchResult, TextRun } from "@/lib/services/search/searchDto";
import { EXCERPT_WINDOW_CHARACTERS, searchDesk } from "@/lib/services/search/searchDesk";
import { makeUser, noticeOf, spanOf } from "./factories";


// Search on whichever driver the run uses (PGlite, or Postgres with TEST_DATABASE_URL). Tests run in random order
// on one database, so each searches for words no other test writes.

const text = (runs: TextRun[]) => runs.map((run) => run.text).join("");
const marked = (runs: TextRun[] | TextRun[][]) => runs.flat().filter((run) => run.match).map((run) => run.text);
const articleTitles = (result: DeskSearchResult) => result.articles.hits.map((hit) => text(hit.title));
const claimStatements = (result: DeskSearchResult) => result.claims.hits.map((hit) => text(hit.statement));

async function article(editor: ServiceContext, title: string, body: string) {
  return createArticle(editor, { title, body });
}

async function claimOn(editor: ServiceContext, articleId: string, body: string, quote: string, extra: { statement?: string; claimant?: string } = {}) {
  return createClaim(editor, { articleId, ...spanOf(quote, body), ...extra });
}

async function validationMessage(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).message;
}

describe("ranking", () => {
  test("an article whose title matches comes before one that only mentions the word in its text, however often", async () => {
    const editor = await makeUser("editor");
    const inText = await article(editor, "Council notes", Array(12).fill("The lighthouse keeper counted lighthouse visitors.").join(" "));
    const inTitle = await article(editor, "The lighthouse budget", "The council set aside money for repairs on the coast.");
    const result = await searchDesk(editor, { q: "lighthouse" });
    expect(result.articles.hits.map((hit) => hit.id)).toEqual([inTitle.id, inText.id]);
    expect(result.articles.total).toBe(2);
    // The text-only match shows where in the text it matched; the title match has no excerpt to show.
    expect(marked(result.articles.hits[1]!.excerpts).length).toBeGreaterThan(0);
    expect(marked(result.articles.hits[0]!.title)).toEqual(["lighthouse"]);
    expect(result.articles.hits[0]!.excerpts).toEqual([]);
  });

  test("a claim whose statement matches comes before one matching in its quote, which comes before an explanation-only match", async () => {
    const editor = await makeUser("editor");
    const body = [
      "The new timetable starts in June.",
      "Officials said crossings to the island doubled.",
      "The ferries carried 2 million people, the operator said.",
      "Fares rose by 5 percent.",
    ].join("\n");
    const { id } = await article(editor, "Island transport", body);
    const inExplanation = await claimOn(editor, id, body, "Fares rose by 5 percent.");
    const [verdict] = await listVerdicts(editor);
    await reviewClaim(editor, {
      claimId: inExplanation.id,
      version: inExplanation.version,
      verdictId: verdict!.id,
      publicExplanation: "The ferry operator's own ferry tariff shows ferry fares rose by 9 percent.",
      sources: [],
    });
    const inQuote = await claimOn(editor, id, body, "The ferries carried 2 million people, the operator said.", { statement: "Two million people crossed." });
    const inStatement = await claimOn(editor, id, body, "Officials said crossings to the island doubled.", { statement: "Ferry crossings doubled." });
    const result = await searchDesk(editor, { q: "ferries" });
    expect(result.claims.hits.map((hit) => hit.id)).toEqual([inStatement.id, inQuote.id, inExplanation.id]);
    expect(result.claims.total).toBe(3);
    const [statementHit, quoteHit, explanationHit] = result.claims.hits;
    expect(marked(statementHit!.statement)).toEqual(["Ferry"]);
    expect(statementHit!.quote).toBeNull();
    expect(marked(quoteHit!.quote!)).toEqual(["ferries"]);
    expect(marked(explanationHit!.explanation!)).toEqual(["ferry", "ferry", "ferry"]);
    expect(explanationHit).toMatchObject({ articleId: id, articleTitle: "Island transport", number: inExplanation.number, status: "in_progress" });
  });
});

describe("matching", () => {
  test("words are matched by their stem: “mayors” finds “mayor”, in articles and claims", async () => {
    const editor = await makeUser("editor");
    const body = "The burgomaster said the canal would reopen. Critics doubted it.";
    const { id } = await article(editor, "Canal reopening", body);
    await claimOn(editor, id, body, "The burgomaster said the canal would reopen.", { claimant: "Burgomaster of Dorp" });
    const result = await searchDesk(editor, { q: "burgomasters" });
    expect(articleTitles(result)).toEqual(["Canal reopening"]);
    expect(marked(result.articles.hits[0]!.excerpts)).toEqual(["burgomaster"]);
    expect(claimStatements(result)).toEqual(["The burgomaster said the canal would reopen."]);
    expect(marked(result.claims.hits[0]!.claimant)).toEqual(["Burgomaster"]);
  });

  test("the matched words are marked and nothing else; the text around them is unchanged", async () => {
    const editor = await makeUser("editor");
    const statement = "The harbourmaster said tonnage fell to 3.2 million tonnes last year.";
    const body = `${statement}\nOther ports grew.`;
    const { id } = await article(editor, "Port figures", body);
    await claimOn(editor, id, body, statement);
    const result = await searchDesk(editor, { q: "tonnage fell" });
    const [hit] = result.claims.hits;
    expect(hit!.statement).toEqual([
      { text: "The harbourmaster said ", match: false },
      { text: "tonnage", match: true },
      { text: " ", match: false },
      { text: "fell", match: true },
      { text: " to 3.2 million tonnes last year.", match: false },
    ]);
    expect(hit!.claimant).toEqual([]);
    // The statement is the quote as it stands, so the quote is not shown twice.
    expect(hit!.quote).toBeNull();
  });

  test("control characters in a query or a text never become marks", async () => {
    const editor = await makeUser("editor");
    const { id } = await article(editor, "Tide \u0001tables\u0002 for the estuary", "The estuary \u0003floods\u0001 twice a day.");
    const result = await searchDesk(editor, { q: "\u0001estuary\u0002\u0003" });
    expect(result.query).toBe("estuary");
    const [hit] = result.articles.hits;
    expect(hit!.id).toBe(id);
    expect(marked(hit!.title)).toEqual(["estuary"]);
    expect(marked(hit!.excerpts)).toEqual(["estuary"]);
    expect(text(hit!.title)).toBe("Tide  tables  for the estuary");
    expect(hit!.excerpts.flat().some((run) => /[\u0000-\u001f]/.test(run.text))).toBe(false);
  });

  test("an article's excerpt is taken around its first match, however far into a long text", async () => {
    const editor = await makeUser("editor");
    const filler = "Nothing of note happened on the quay that week. ".repeat(Math.ceil((5 * EXCERPT_WINDOW_CHARACTERS) / 40));
    await article(editor, "Quay diary", `${filler}Then the stevedores went on strike.\n${filler}The Stevedores' union met again.`);
    await article(editor, "Harbour diary", `${filler}The new cities of the coast grew.`);
    await article(editor, "Pier diary", `${filler}Everyone was hoping for calm.`);
    const [quay] = (await searchDesk(editor, { q: "stevedore" })).articles.hits;
    expect(marked(quay!.excerpts)).toEqual(["stevedores"]);
    expect(quay!.textMatchedWithoutExcerpt).toBe(false);
    // A stem that ends in "i" is found as "y" too.
    const [harbour] = (await searchDesk(editor, { q: "city" })).articles.hits;
    expect(marked(harbour!.excerpts)).toEqual(["cities"]);
    // "hoping" has the stem "hope" but does not start with it: the article is found, and says its text matched.
    const [pier] = (await searchDesk(editor, { q: "hope" })).articles.hits;
    expect(pier).toMatchObject({ excerpts: [], textMatchedWithoutExcerpt: true });
  });

  test("websearch syntax: quoted phrases, “or” and excluded words", async () => {
    const editor = await makeUser("editor");
    await article(editor, "Granary fire", "The old granary burned down on Sunday.");
    await article(editor, "Granary sale", "The granary was sold, not burned.");
    await article(editor, "Windmill sale", "The windmill was sold.");
    expect(articleTitles(await searchDesk(editor, { q: '"granary burned"' }))).toEqual(["Granary fire"]);
    expect(articleTitles(await searchDesk(editor, { q: "granary -sold" }))).toEqual(["Granary fire"]);
    expect(articleTitles(await searchDesk(editor, { q: "windmill or granary" })).sort()).toEqual(["Granary fire", "Granary sale", "Windmill sale"]);
  });

  test("at most 20 articles and 50 claims are returned, best first, with how many matched in all", async () => {
    const editor = await makeUser("editor");
    const sentences = Array.from({ length: 55 }, (_, i) => `The silo held ${i + 1} tonnes.`);
    const body = sentences.join("\n");
    const { id } = await article(editor, "Silo inventory", body);
    for (let i = 0; i < 21; i++) await article(editor, `Silo report ${i + 1}`, "A short note on grain.");
    await acceptSuggestions(editor, { articleId: id, textRevision: 1, spans: sentences.map((s) => spanOf(s, body)) });
    const result = await searchDesk(editor, { q: "silo" });
    expect(result.articles.total).toBe(22);
    expect(result.articles.hits).toHaveLength(20);
    expect(result.claims.total).toBe(55);
    expect(result.claims.hits).toHaveLength(50);
    expect(new Set(result.claims.hits.map((hit) => hit.id)).size).toBe(50);
  });
});

describe("who finds what", () => {
  test("a reviewer finds only the articles they have a claim on, and only those articles' claims; an editor finds all", async () => {
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    const stranger = await makeUser("reviewer", "stranger");
    const body = "The quarry closed in May.\nThe quarry owner disputes the figures.";
    const hidden = await article(editor, "Quarry closure", body);
    await claimOn(editor, hidden.id, body, "The quarry closed in May.");
    const shared = await article(editor, "Quarry jobs", body);
    const mine = await claimOn(editor, shared.id, body, "The quarry closed in May.");
    await assignReviewer(editor, { claimId: mine.id, version: mine.version, reviewerId: reviewer.actor.id });
    // Not the reviewer's claim, but on an article they may read.
    const sibling = await claimOn(editor, shared.id, body, "The quarry owner disputes the figures.");

    const asReviewer = await searchDesk(reviewer, { q: "quarry" });
    expect(asReviewer.articles.hits.map((hit) => hit.id)).toEqual([shared.id]);
    expect(asReviewer.articles.total).toBe(1);
    expect(asReviewer.claims.hits.map((hit) => hit.id).sort()).toEqual([mine.id, sibling.id].sort());
    expect(asReviewer.claims.total).toBe(2);

    const asStranger = await searchDesk(stranger, { q: "quarry" });
    expect(asStranger.articles).toEqual({ total: 0, hits: [] });
    expect(asStranger.claims).toEqual({ total: 0, hits: [] });

    const asEditor = await searchDesk(editor, { q: "quarry" });
    expect(asEditor.articles.hits.map((hit) => hit.id).sort()).toEqual([hidden.id, shared.id].sort());
    expect(asEditor.claims.total).toBe(3);
  });
});

describe("what cannot be searched for", () => {
  test("an empty, too short or too long query, or one that is not text, is refused with a message", async () => {
    const editor = await makeUser("editor");
    expect(await validationMessage(searchDesk(editor, { q: "" }))).toBe("Type a word or two to search for.");
    expect(await validationMessage(searchDesk(editor, { q: "   \u0001\u0002 " }))).toBe("Type a word or two to search for.");
    expect(await validationMessage(searchDesk(editor, { q: "x" }))).toBe("Type at least 2 characters to search.");
    expect(await validationMessage(searchDesk(editor, { q: "mayor ".repeat(40) }))).toBe("Keep the search under 200 characters.");
    expect(await validationMessage(searchDesk(editor, { q: 42 } as never))).toBe("Type a word or two to search for.");
    await validationMessage(searchDesk(editor, { q: "mayor", page: 2 } as never));
  });

  test("only very common words, or only excluded words, find nothing and say why", async () => {
    const editor = await makeUser("editor");
    await article(editor, "The and of", "To be or not to be.");
    const common = await searchDesk(editor, { q: "the and of" });
    expect(common).toMatchObject({ articles: { total: 0, hits: [] }, claims: { total: 0, hits: [] } });
    expect(noticeOf(common)).toMatch(/only very common words/);
    const excluded = await searchDesk(editor, { q: "-mayor" });
    expect(excluded).toMatchObject({ articles: { total: 0, hits: [] }, claims: { total: 0, hits: [] } });
    expect(noticeOf(excluded)).toMatch(/minus sign/);
  });
});
