import { beforeEach, describe, expect, test } from "vitest";
import { ValidationError } from "@/lib/core/errors";
import { createArticle } from "@/lib/services/articles/createArticle";
import { listDeskArticles } from "@/lib/services/articles/listDeskArticles";
import { listDeskClaims } from "@/lib/services/claims/listDeskClaims";
import { resetDatabase } from "./database";
import { makeUser, publishAsShown, SAMPLE_BODY } from "./factories";
import { dbDate, makeClaims, makeQueueArticle, setClaim, verdictNamed } from "./queueFactories";
import { DESK_ARTICLES_PAGE_SIZE } from "@/lib/domain/limits";

// The editor's desk: articles with their claims counted by status (one page at a time), the filters, and the lists
// of overdue claims and claims awaiting sign-off. Due dates are set relative to the database's date.

beforeEach(async () => {
  await resetDatabase();
});

async function newsroom() {
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const other = await makeUser("reviewer", "other");
  return { editor, reviewer, other };
}

describe("the desk's article list", () => {
  test("counts an article's claims by status, its next due date and its overdue claims from the database's date", async () => {
    const { editor, reviewer } = await newsroom();
    const article = await makeQueueArticle(editor, "Counted article");
    const [fresh, late, soon, waiting, done, dropped, lateButDone] = await makeClaims(editor, article.id, 7);
    await setClaim(late!.id, { reviewerId: reviewer.actor.id, status: "in_progress", dueInDays: -3 });
    await setClaim(soon!.id, { reviewerId: reviewer.actor.id, status: "in_progress", dueInDays: 2 });
    await setClaim(waiting!.id, { reviewerId: reviewer.actor.id, status: "needs_signoff", dueInDays: -10 });
    await setClaim(done!.id, { status: "signed_off" });
    await setClaim(dropped!.id, { status: "dismissed" });
    await setClaim(lateButDone!.id, { reviewerId: reviewer.actor.id, status: "signed_off", dueInDays: -5 });
    void fresh;

    const desk = await listDeskArticles(editor, {});
    expect(desk.articles).toHaveLength(1);
    const row = desk.articles[0]!;
    expect(row).toMatchObject({
      title: "Counted article",
      claimCount: 7,
      counts: { new: 1, in_progress: 2, needs_signoff: 1, signed_off: 2, dismissed: 1 },
      // Only open claims (new or in review) are due or overdue: the finished and the waiting ones are not.
      nextDueOn: await dbDate(-3),
      nextDueInDays: -3,
      overdueCount: 1,
      publishedVersion: null,
      assignedToMe: 0,
    });
    expect(desk.today).toBe(await dbDate(0));
    expect(desk.queues).toEqual({ overdue: 1, awaitingSignoff: 1 });
  });

  test("'Assigned to you' counts only the claims still open for you, not the finished ones", async () => {
    const { editor, reviewer } = await newsroom();
    const article = await makeQueueArticle(editor);
    const [a, b, c, d] = await makeClaims(editor, article.id, 4);
    await setClaim(a!.id, { reviewerId: reviewer.actor.id, status: "in_progress" });
    await setClaim(b!.id, { reviewerId: reviewer.actor.id, status: "new" });
    await setClaim(c!.id, { reviewerId: reviewer.actor.id, status: "needs_signoff" });
    await setClaim(d!.id, { reviewerId: reviewer.actor.id, status: "signed_off" });
    const [row] = (await listDeskArticles(reviewer, {})).articles;
    expect(row?.assignedToMe).toBe(2);
    expect((await listDeskArticles(editor, {})).articles[0]?.assignedToMe).toBe(0);
  });

  test("a reviewer's desk lists only the articles they have a claim on; editors see every article", async () => {
    const { editor, reviewer, other } = await newsroom();
    const mine = await makeQueueArticle(editor, "Reviewer's article");
    const theirs = await makeQueueArticle(editor, "Other reviewer's article");
    await makeQueueArticle(editor, "Nobody's article");
    const [claim] = await makeClaims(editor, mine.id, 2);
    const [otherClaim] = await makeClaims(editor, theirs.id, 1);
    await setClaim(claim!.id, { reviewerId: reviewer.actor.id, status: "in_progress", dueInDays: -1 });
    await setClaim(otherClaim!.id, { reviewerId: other.actor.id, status: "needs_signoff" });

    const reviewerDesk = await listDeskArticles(reviewer, {});
    expect(reviewerDesk.articles.map((a) => a.title)).toEqual(["Reviewer's article"]);
    expect(reviewerDesk.total).toBe(1);
    // The queues and claim lists are scoped the same way.
    expect(reviewerDesk.queues).toEqual({ overdue: 1, awaitingSignoff: 0 });
    expect((await listDeskClaims(reviewer, { view: "claims" })).claims.map((c) => c.articleId)).toEqual([mine.id, mine.id]);
    expect((await listDeskClaims(reviewer, { view: "signoff" })).claims).toEqual([]);
    expect((await listDeskClaims(reviewer, { view: "claims", article: theirs.id })).article).toBeNull();

    const editorDesk = await listDeskArticles(editor, {});
    expect(editorDesk.articles.map((a) => a.title).sort()).toEqual(["Nobody's article", "Other reviewer's article", "Reviewer's article"]);
    expect(editorDesk.queues).toEqual({ overdue: 1, awaitingSignoff: 1 });
  });

  test("filters by reviewer (or nobody), status, verdict and due date keep the articles with a claim matching all of them", async () => {
    const { editor, reviewer, other } = await newsroom();
    const one = await makeQueueArticle(editor, "One");
    // The rating scale is made with the first article.
    const falseVerdict = await verdictNamed(editor, "False");
    const two = await makeQueueArticle(editor, "Two");
    const three = await makeQueueArticle(editor, "Three");
    const [a] = await makeClaims(editor, one.id, 1);
    const [b] = await makeClaims(editor, two.id, 1);
    await makeClaims(editor, three.id, 1);
    await setClaim(a!.id, { reviewerId: reviewer.actor.id, status: "in_progress", dueInDays: 1 });
    await setClaim(b!.id, { reviewerId: other.actor.id, status: "needs_signoff", dueInDays: 10, verdictId: falseVerdict });

    const titles = async (filters: Record<string, string>) => (await listDeskArticles(editor, filters)).articles.map((x) => x.title).sort();
    expect(await titles({ reviewer: reviewer.actor.id })).toEqual(["One"]);
    expect(await titles({ reviewer: "none" })).toEqual(["Three"]);
    expect(await titles({ status: "needs_signoff" })).toEqual(["Two"]);
    expect(await titles({ status: "open" })).toEqual(["One", "Three"]);
    expect(await titles({ verdict: falseVerdict })).toEqual(["Two"]);
    expect(await titles({ verdict: "none" })).toEqual(["One", "Three"]);
    expect(await titles({ dueBefore: await dbDate(5) })).toEqual(["One"]);
    expect(await titles({ dueBefore: await dbDate(10) })).toEqual(["One", "Two"]);
    // All at once: one claim must match every filter.
    expect(await titles({ reviewer: other.actor.id, status: "in_progress" })).toEqual([]);
    expect(await titles({ reviewer: "", status: "", verdict: "", dueBefore: "" })).toEqual(["One", "Three", "Two"]);

    // The filtered row still counts all of the article's claims; the filters are echoed for the form.
    const filtered = await listDeskArticles(editor, { reviewer: other.actor.id });
    expect(filtered.filters).toEqual({ reviewer: other.actor.id, status: "", verdict: "", dueBefore: "" });
    expect(filtered.total).toBe(1);
  });

  test("pages of 25 articles, most recently changed first; a page past the end is empty but knows the total", async () => {
    const { editor } = await newsroom();
    for (let i = 1; i <= DESK_ARTICLES_PAGE_SIZE + 5; i++) await createArticle(editor, { title: `Article ${i}`, body: SAMPLE_BODY });
    const first = await listDeskArticles(editor, {});
    const second = await listDeskArticles(editor, { page: "2" });
    expect(first).toMatchObject({ page: 1, pageSize: 25, total: 30, pageCount: 2 });
    expect(first.articles).toHaveLength(25);
    expect(second.articles).toHaveLength(5);
    const all = [...first.articles, ...second.articles];
    expect(new Set(all.map((a) => a.id)).size).toBe(30);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.updatedAt.getTime()).toBeGreaterThanOrEqual(all[i]!.updatedAt.getTime());
    expect(all[0]!.title).toBe("Article 30");
    const beyond = await listDeskArticles(editor, { page: 3 });
    expect(beyond).toMatchObject({ articles: [], total: 30, pageCount: 2, page: 3 });
  });

  test("a published article shows its version; bad filters are refused with a message for the field", async () => {
    const { editor } = await newsroom();
    const article = await makeQueueArticle(editor);
    await publishAsShown(editor, article.id);
    expect((await listDeskArticles(editor, {})).articles[0]?.publishedVersion).toBe(1);
    for (const [field, value] of [
      ["reviewer", "someone"],
      ["status", "finished"],
      ["verdict", "true"],
      ["dueBefore", "next week"],
      ["page", "0"],
      ["page", "two"],
    ] as const) {
      const error = await listDeskArticles(editor, { [field]: value }).catch((e: unknown) => e);
      expect(error, `${field}=${value}`).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fieldErrors)).toEqual([field]);
    }
    await expect(listDeskArticles(editor, { view: "claims" } as never)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("the desk's claim lists", () => {
  test("Overdue holds the open claims past their due date, oldest first; Awaiting sign-off the claims waiting longest first", async () => {
    const { editor, reviewer } = await newsroom();
    const article = await makeQueueArticle(editor, "Queued");
    const [late1, late5, dueToday, waitingLate, signedLate, waitingFirst] = await makeClaims(editor, article.id, 6);
    await setClaim(late1!.id, { reviewerId: reviewer.actor.id, status: "in_progress", dueInDays: -1 });
    await setClaim(late5!.id, { reviewerId: reviewer.actor.id, status: "new", dueInDays: -5 });
    await setClaim(dueToday!.id, { reviewerId: reviewer.actor.id, status: "in_progress", dueInDays: 0 });
    await setClaim(waitingFirst!.id, { status: "needs_signoff" });
    await setClaim(waitingLate!.id, { status: "needs_signoff", dueInDays: -2 });
    await setClaim(signedLate!.id, { status: "signed_off", dueInDays: -9 });

    const overdue = await listDeskClaims(editor, { view: "overdue" });
    expect(overdue.claims.map((c) => c.id)).toEqual([late5!.id, late1!.id]);
    expect(overdue.claims.map((c) => [c.overdue, c.dueInDays])).toEqual([
      [true, -5],
      [true, -1],
    ]);
    expect(overdue.claims[0]).toMatchObject({ articleTitle: "Queued", reviewerName: reviewer.actor.displayName, number: 2, status: "new" });
    expect(overdue.total).toBe(2);

    // Waiting longest first: by when the review was sent, then by due date; neither of these was sent through the
    // verb, so the due date decides.
    const signoff = await listDeskClaims(editor, { view: "signoff" });
    expect(signoff.claims.map((c) => c.id)).toEqual([waitingLate!.id, waitingFirst!.id]);
    expect(signoff.claims.every((c) => !c.overdue)).toBe(true);

    // The general list, filtered: the unassigned claims of the article, in claim-number order.
    const unassigned = await listDeskClaims(editor, { view: "claims", reviewer: "none", article: article.id });
    expect(unassigned.claims.map((c) => c.number)).toEqual([4, 5, 6]);
    expect(unassigned.article).toEqual({ id: article.id, title: "Queued" });
    await expect(listDeskClaims(editor, { view: "everything" })).rejects.toBeInstanceOf(ValidationError);
  });

  test("claim lists page by 50", async () => {
    const { editor } = await newsroom();
    const article = await makeQueueArticle(editor);
    await makeClaims(editor, article.id, 52);
    const first = await listDeskClaims(editor, { view: "claims" });
    const second = await listDeskClaims(editor, { view: "claims", page: "2" });
    expect(first).toMatchObject({ total: 52, pageCount: 2 });
    expect(first.claims).toHaveLength(50);
    expect(second.claims.map((c) => c.number)).toEqual([51, 52]);
    expect(await listDeskClaims(editor, { view: "claims", page: "3" })).toMatchObject({ claims: [], total: 52 });
  });
});
