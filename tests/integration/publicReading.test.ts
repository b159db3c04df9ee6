import { createHash, randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { ValidationError } from "@/lib/core/errors";
import { createArticle } from "@/lib/services/articles/createArticle";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { reviseArticleText } from "@/lib/services/articles/reviseArticleText";
import { createClaim } from "@/lib/services/claims/createClaim";
import { dismissClaim } from "@/lib/services/claims/dismissClaim";
import { restoreClaim } from "@/lib/services/claims/restoreClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { compareVersions } from "@/lib/services/publishing/compareVersions";
import { listCorrections } from "@/lib/services/publishing/listCorrections";
import { listPublishedPage } from "@/lib/services/publishing/listPublishedPage";
import { listVersions } from "@/lib/services/publishing/listVersions";
import { retractArticle } from "@/lib/services/publishing/retractArticle";
import { searchPublished } from "@/lib/services/publishing/searchPublished";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { anonymousCtx, makeArticle, makeUser, noticeOf, publishAsShown, SAMPLE_BODY, signedOffClaim, spanOf } from "./factories";
import { FACT_CHECKS_PER_PAGE, MAX_ARTICLE_CHARACTERS } from "@/lib/domain/limits";


const UNEMPLOYMENT = "The mayor said unemployment fell to 3.2 percent last year.";

/** A word no other test uses, so searches find only this test's articles. */
const uniqueWord = () => `zq${randomUUID().replace(/[^a-f]/g, "").slice(0, 10)}`;

async function verdict(ctx: Awaited<ReturnType<typeof makeUser>>, label: string) {
  return (await listVerdicts(ctx)).find((v) => v.label === label)!.id;
}

/**
 * An article published as version 1 with one claim rated False (its explanation naming `word`), then corrected as
 * version 2: a sentence added to the text, the verdict changed to Misleading and the explanation reworded.
 */
async function correctedArticle(word = uniqueWord()) {
  const editor = await makeUser("editor");
  const approver = await makeUser("editor", "approver");
  const article = await makeArticle(editor, `Corrected ${word}`);
  let claim = await createClaim(editor, { articleId: article.id, ...spanOf(UNEMPLOYMENT) });
  const review = { verdictId: await verdict(editor, "False"), publicExplanation: `Official data show 4.1 percent. ${word}`, sources: [], readyForSignoff: true };
  claim = await reviewClaim(editor, { claimId: claim.id, version: claim.version, ...review });
  claim = await signOffClaim(approver, { claimId: claim.id, version: claim.version });
  await publishAsShown(editor, article.id);

  const { article: shown } = await getWorkspace(editor, article.id);
  await reviseArticleText(editor, { articleId: article.id, version: shown.version, body: `${SAMPLE_BODY}\nThe council disputes the figure.` });
  claim = (await getWorkspace(editor, article.id)).claims.find((c) => c.id === claim.id)!;
  const newExplanation = `The survey was revised to 3.4 percent. ${word}revised`;
  claim = await reviewClaim(editor, { claimId: claim.id, version: claim.version, ...review, verdictId: await verdict(editor, "Misleading"), publicExplanation: newExplanation });
  claim = await signOffClaim(approver, { claimId: claim.id, version: claim.version });
  await publishAsShown(editor, article.id, { changeNote: "We had the wrong survey year.", isCorrection: true });
  return { editor, approver, article, claim, word };
}

describe("versions and their comparison", () => {
  test("lists every version newest first, marks the correction, and compares them word by word and claim by claim", async () => {
    const { article } = await correctedArticle();
    const reader = await anonymousCtx();
    const versions = await listVersions(reader, { slug: article.slug });
    expect(versions).toMatchObject({
      kind: "versions",
      latestNumber: 2,
      versions: [
        { number: 2, isCorrection: true, changeNote: "We had the wrong survey year." },
        { number: 1, isCorrection: false, changeNote: "First published." },
      ],
    });

    // Given newest first, it still reads from the older to the newer.
    const comparison = await compareVersions(reader, { slug: article.slug, from: "2", to: "1" } as never);
    if (comparison?.kind !== "comparison") throw new Error("expected a comparison");
    expect([comparison.from.number, comparison.to.number]).toEqual([1, 2]);
    expect(comparison.textChanged).toBe(true);
    expect(comparison.text.at(-1)).toEqual([{ kind: "inserted", text: "The council disputes the figure." }]);
    expect(comparison.titleChange).toBeNull();
    expect(comparison.claims).toEqual([
      expect.objectContaining({
        kind: "changed",
        verdict: true,
        explanation: true,
        statement: false,
        before: expect.objectContaining({ verdict: expect.objectContaining({ label: "False" }) }),
        after: expect.objectContaining({ verdict: expect.objectContaining({ label: "Misleading" }) }),
      }),
    ]);
  });

  test("a claim left out of a version and published again is said to be published again, not new", async () => {
    const editor = await makeUser("editor");
    const approver = await makeUser("editor", "approver");
    const article = await makeArticle(editor, `Republished ${uniqueWord()}`);
    const kept = await signedOffClaim(editor, approver, article.id, UNEMPLOYMENT);
    await publishAsShown(editor, article.id);
    const dismissed = await dismissClaim(editor, { claimId: kept.id, version: kept.version, reason: "Checking the figure again." });
    await publishAsShown(editor, article.id, { changeNote: "Claim withdrawn while we check it." });
    const restored = await restoreClaim(editor, { claimId: dismissed.id, version: dismissed.version });
    const verdictId = await verdict(editor, "False");
    const reviewed = await reviewClaim(editor, { claimId: restored.id, version: restored.version, verdictId, publicExplanation: "Rose.", sources: [], readyForSignoff: true });
    await signOffClaim(approver, { claimId: reviewed.id, version: reviewed.version });
    const fresh = await signedOffClaim(editor, approver, article.id, SAMPLE_BODY.split("\n").at(-1)!);
    await publishAsShown(editor, article.id, { changeNote: "Claim checked again." });

    const reader = await anonymousCtx();
    const fromTwo = await compareVersions(reader, { slug: article.slug, from: 2, to: 3 });
    if (fromTwo?.kind !== "comparison") throw new Error("expected a comparison");
    expect(fromTwo.claims).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "added", claim: expect.objectContaining({ id: kept.id }), publishedBefore: true }),
        { kind: "added", claim: expect.objectContaining({ id: fresh.id }) },
      ]),
    );
    // From version 1, which carried it, it is the same claim: not added.
    const fromOne = await compareVersions(reader, { slug: article.slug, from: 1, to: 3 });
    if (fromOne?.kind !== "comparison") throw new Error("expected a comparison");
    expect(fromOne.claims.map((change) => (change.kind === "changed" ? change.after.id : change.claim.id))).not.toContain(kept.id);
  });

  test("an unknown version, address or malformed input is nothing to show, never an error", async () => {
    const { article } = await correctedArticle();
    const reader = await anonymousCtx();
    expect(await compareVersions(reader, { slug: article.slug, from: 1, to: 3 })).toBeNull();
    expect(await compareVersions(reader, { slug: article.slug, from: "one", to: 2 } as never)).toBeNull();
    expect(await compareVersions(reader, { slug: "../etc", from: 1, to: 2 })).toBeNull();
    expect(await listVersions(reader, { slug: "no-such-article" })).toBeNull();
    expect(await listVersions(reader, { slug: article.slug, extra: 1 } as never)).toBeNull();
  });

  test("a draft has no versions to list or compare", async () => {
    const editor = await makeUser("editor");
    const draft = await makeArticle(editor, "Never published");
    const reader = await anonymousCtx();
    expect(await listVersions(reader, { slug: draft.slug })).toBeNull();
    expect(await compareVersions(reader, { slug: draft.slug, from: 1, to: 1 })).toBeNull();
  });
});

describe("corrections", () => {
  test("lists corrections newest first with their article, version and note; a retraction joins them and keeps them", async () => {
    const first = await correctedArticle();
    const second = await correctedArticle();
    const reader = await anonymousCtx();
    const page = await listCorrections(reader, { page: 1 });
    const mine = page.items.filter((c) => [first.article.slug, second.article.slug].includes(c.slug));
    expect(mine).toEqual([
      expect.objectContaining({ slug: second.article.slug, number: 2, changeNote: "We had the wrong survey year.", title: `Corrected ${second.word}` }),
      expect.objectContaining({ slug: first.article.slug, number: 2 }),
    ]);
    // Version 1 was not a correction.
    expect(page.items.filter((c) => c.number === 1 && c.slug === first.article.slug)).toEqual([]);

    const { article: shown } = await getWorkspace(first.editor, first.article.id);
    await retractArticle(first.editor, { articleId: first.article.id, version: shown.version, reason: "The survey was withdrawn." });
    const after = await listCorrections(reader, { page: 1 });
    // The retraction is the newest entry; the correction before it stays, now leading to the retraction notice.
    expect(after.items.filter((c) => c.slug === first.article.slug)).toEqual([
      expect.objectContaining({ kind: "retraction", number: 2, changeNote: "The survey was withdrawn.", retracted: true }),
      expect.objectContaining({ kind: "correction", number: 2, changeNote: "We had the wrong survey year.", retracted: true }),
    ]);
    expect(after.items[0]).toMatchObject({ kind: "retraction", slug: first.article.slug });
    expect(after.total).toBe(page.total + 1);
    await expect(listCorrections(reader, { page: 0 })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("a retracted article", () => {
  test("its versions and comparison answer only that it was retracted; search and the home page leave it out", async () => {
    const { editor, article, word } = await correctedArticle();
    const { article: shown } = await getWorkspace(editor, article.id);
    await retractArticle(editor, { articleId: article.id, version: shown.version, reason: "The survey was withdrawn." });
    const reader = await anonymousCtx();
    const versions = await listVersions(reader, { slug: article.slug });
    expect(versions).toMatchObject({ kind: "retracted", reason: "The survey was withdrawn." });
    const comparison = await compareVersions(reader, { slug: article.slug, from: 1, to: 2 });
    expect(comparison).toMatchObject({ kind: "retracted" });
    expect(JSON.stringify([versions, comparison])).not.toContain("4.1 percent");
    expect((await searchPublished(reader, { q: word })).claims.total).toBe(0);
    expect((await searchPublished(reader, { q: "Corrected" })).articles.hits.map((a) => a.slug)).not.toContain(article.slug);
    const home = await listPublishedPage(reader, { page: 1 });
    expect(home.items.map((a) => a.slug)).not.toContain(article.slug);
  });
});

describe("reader search", () => {
  test("still answers when a published text has more distinct words than a tsvector holds (1 MB)", async () => {
    // A table of figures: 29,000 different words, 986,000 characters (the article limit is 1,000,000). Its whole
    // text as one tsvector is over Postgres's 1 MB, which failed every reader's search while the article was live.
    const word = uniqueWord();
    const figures = Array.from({ length: 29_000 }, (_, i) => createHash("md5").update(`${word}${i}`).digest("hex")).join(" ");
    const body = `${UNEMPLOYMENT}\n${figures}`;
    expect(body.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARACTERS);
    const editor = await makeUser("editor");
    const approver = await makeUser("editor", "approver");
    const article = await createArticle(editor, { title: `Figures ${word}`, body, sourceOutlet: "Daily Example" });
    await signedOffClaim(editor, approver, article.id, UNEMPLOYMENT, { body });
    await publishAsShown(editor, article.id);
    const found = await searchPublished(await anonymousCtx(), { q: word });
    expect(found.articles.hits.map((a) => a.slug)).toEqual([article.slug]);
  });

  test("finds claims of the latest published version only, linked by their anchor, and the verdict filter narrows them", async () => {
    const { article, claim, word } = await correctedArticle();
    const reader = await anonymousCtx();
    // The first version's explanation no longer matches; the second's does.
    expect((await searchPublished(reader, { q: `${word}` })).claims.hits).toEqual([]);
    const found = await searchPublished(reader, { q: `${word}revised` });
    expect(found.claims.hits).toEqual([
      expect.objectContaining({ slug: article.slug, claimNumber: 1, anchor: `claim-${claim.id.slice(0, 8)}`, verdict: expect.objectContaining({ label: "Misleading" }) }),
    ]);
    expect(found.verdictOptions.map((option) => option.label)).toContain("Misleading");
    expect((await searchPublished(reader, { q: `${word}revised`, verdict: "Misleading" })).claims.total).toBe(1);
    expect((await searchPublished(reader, { q: `${word}revised`, verdict: "False" })).claims.total).toBe(0);

    // Words of the text find the article.
    const byText = await searchPublished(reader, { q: "council disputes" });
    expect(byText.articles.hits.map((a) => a.slug)).toContain(article.slug);
  });

  test("never finds a draft or a verdict not yet signed off", async () => {
    const editor = await makeUser("editor");
    const word = uniqueWord();
    const draft = await makeArticle(editor, `Draft ${word}`);
    const claim = await createClaim(editor, { articleId: draft.id, ...spanOf(UNEMPLOYMENT) });
    await reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId: await verdict(editor, "False"), publicExplanation: `Unsigned ${word}`, sources: [], readyForSignoff: true });
    // Published without the claim (it is not signed off): the article is public, the claim is not.
    await publishAsShown(editor, draft.id);
    const reader = await anonymousCtx();
    const result = await searchPublished(reader, { q: `Unsigned ${word}` });
    expect(result.claims.total).toBe(0);
    const unpublished = await makeArticle(editor, `Unpublished ${word}`);
    expect((await searchPublished(reader, { q: `Unpublished ${word}` })).articles.hits.map((a) => a.slug)).not.toContain(unpublished.slug);
  });

  test("an empty query, a query of common words and a too long one get a notice, not an error", async () => {
    const reader = await anonymousCtx();
    expect(noticeOf(await searchPublished(reader, { q: "  " }))).toMatch(/Type a word or two/);
    expect(noticeOf(await searchPublished(reader, {}))).toMatch(/Type a word or two/);
    expect(noticeOf(await searchPublished(reader, { q: "the of" }))).toMatch(/only very common words/);
    expect(noticeOf(await searchPublished(reader, { q: "x".repeat(300) }))).toMatch(/under 200 characters/);
    expect((await searchPublished(reader, { q: "x", other: 1 } as never)).notice).toBeTruthy();
  });
});

describe("the home page's list", () => {
  test("pages through the latest published fact-checks, newest first, each with its verdict counts", async () => {
    const editor = await makeUser("editor");
    const slugs: string[] = [];
    for (let i = 0; i < FACT_CHECKS_PER_PAGE + 1; i++) {
      const article = await makeArticle(editor, `Paged ${i}`);
      await publishAsShown(editor, article.id);
      slugs.push(article.slug);
    }
    const { article: rated } = await correctedArticle();
    const reader = await anonymousCtx();
    const first = await listPublishedPage(reader, { page: 1 });
    expect(first.items).toHaveLength(FACT_CHECKS_PER_PAGE);
    expect(first.pageCount).toBe(Math.ceil(first.total / FACT_CHECKS_PER_PAGE));
    expect(first.items[0]).toMatchObject({ slug: rated.slug, number: 2, verdicts: [{ label: "Misleading", count: 1 }] });
    const all = [];
    for (let page = 1; page <= first.pageCount; page++) all.push(...(await listPublishedPage(reader, { page })).items.map((a) => a.slug));
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(slugs));
    expect(all.indexOf(slugs[slugs.length - 1]!)).toBeLessThan(all.indexOf(slugs[0]!));
    await expect(listPublishedPage(reader, { page: "two" } as never)).rejects.toBeInstanceOf(ValidationError);
  });
});
