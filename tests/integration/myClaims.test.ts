import { beforeEach, describe, expect, test } from "vitest";
import { ValidationError } from "@/lib/core/errors";
import { assignClaims } from "@/lib/services/claims/assignClaims";
import { listMyClaims } from "@/lib/services/claims/listMyClaims";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { getStaffCounts } from "@/lib/services/staff/getStaffCounts";
import { resetDatabase } from "./database";
import { makeUser, systemCtx } from "./factories";
import { dbDate, makeClaims, makeQueueArticle, setClaim, verdictNamed } from "./queueFactories";
import { MY_CLAIMS_PAGE_SIZE } from "@/lib/domain/limits";

// "My claims": every claim assigned to the signed-in staff member across articles, due soonest first, overdue ones
// marked from the database's date, filtered by status, a page at a time.

beforeEach(async () => {
  await resetDatabase();
});

async function newsroom() {
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const other = await makeUser("reviewer", "other");
  return { editor, reviewer, other };
}

describe("My claims", () => {
  test("lists my claims across articles, due soonest first and those without a due date last, marking the overdue ones", async () => {
    const { editor, reviewer, other } = await newsroom();
    const budget = await makeQueueArticle(editor, "Budget story");
    const transit = await makeQueueArticle(editor, "Transit story");
    const [inFive, noDate] = await makeClaims(editor, budget.id, 2, "Budget");
    const [late, today, notMine] = await makeClaims(editor, transit.id, 3, "Transit");
    await setClaim(inFive!.id, { reviewerId: reviewer.actor.id, status: "in_progress", dueInDays: 5 });
    await setClaim(noDate!.id, { reviewerId: reviewer.actor.id, status: "new" });
    await setClaim(late!.id, { reviewerId: reviewer.actor.id, status: "in_progress", dueInDays: -3 });
    await setClaim(today!.id, { reviewerId: reviewer.actor.id, status: "in_progress", dueInDays: 0 });
    await setClaim(notMine!.id, { reviewerId: other.actor.id, status: "in_progress", dueInDays: -1 });

    const mine = await listMyClaims(reviewer, {});
    expect(mine.filter).toBe("open");
    expect(mine.claims.map((c) => c.statement)).toEqual(["Transit 1", "Transit 2", "Budget 1", "Budget 2"]);
    expect(mine.claims.map((c) => [c.dueOn, c.dueInDays, c.overdue])).toEqual([
      [await dbDate(-3), -3, true],
      [await dbDate(0), 0, false],
      [await dbDate(5), 5, false],
      [null, null, false],
    ]);
    expect(mine.claims[0]).toMatchObject({ articleId: transit.id, articleTitle: "Transit story", number: 1, status: "in_progress", reviewerId: reviewer.actor.id });
    expect(mine.total).toBe(4);
    // The other reviewer sees only theirs.
    expect((await listMyClaims(other, {})).claims.map((c) => c.id)).toEqual([notMine!.id]);
  });

  test("open claims by default; the other filters show the ones waiting for sign-off, signed off, dismissed, or all", async () => {
    const { editor, reviewer } = await newsroom();
    const article = await makeQueueArticle(editor);
    const verdict = await verdictNamed(editor, "False");
    const claims = await makeClaims(editor, article.id, 5);
    const assigned = await assignClaims(editor, { claims: claims.map((c) => ({ claimId: c.id, version: c.version })), reviewerId: reviewer.actor.id });
    const version = new Map(assigned.claims.map((c) => [c.id, c.version]));
    const [keep, send, sign, drop] = claims;
    const review = { verdictId: verdict, publicExplanation: "Official figures say otherwise.", sources: [], readyForSignoff: true };
    await reviewClaim(reviewer, { claimId: send!.id, version: version.get(send!.id)!, ...review });
    const sent = await reviewClaim(reviewer, { claimId: sign!.id, version: version.get(sign!.id)!, ...review });
    await signOffClaim(editor, { claimId: sign!.id, version: sent.version });
    await setClaim(drop!.id, { status: "dismissed", dueInDays: -4 });
    void keep;

    const statuses = async (status?: string) => (await listMyClaims(reviewer, { status })).claims.map((c) => c.status).sort();
    expect(await statuses()).toEqual(["in_progress", "in_progress"]);
    expect(await statuses("")).toEqual(["in_progress", "in_progress"]);
    expect(await statuses("open")).toEqual(["in_progress", "in_progress"]);
    expect(await statuses("needs_signoff")).toEqual(["needs_signoff"]);
    expect(await statuses("signed_off")).toEqual(["signed_off"]);
    expect(await statuses("dismissed")).toEqual(["dismissed"]);
    expect(await statuses("all")).toEqual(["dismissed", "in_progress", "in_progress", "needs_signoff", "signed_off"]);

    const all = await listMyClaims(reviewer, { status: "all" });
    expect(all.counts).toEqual({ open: 2, needs_signoff: 1, signed_off: 1, dismissed: 1, all: 5 });
    // A finished claim past its due date is not overdue; the verdict shows once given.
    expect(all.claims.find((c) => c.status === "dismissed")).toMatchObject({ dueInDays: -4, overdue: false });
    expect(all.claims.find((c) => c.status === "signed_off")?.verdictLabel).toBe("False");

    await expect(listMyClaims(reviewer, { status: "finished" })).rejects.toBeInstanceOf(ValidationError);
    await expect(listMyClaims(reviewer, { status: ["open", "all"] })).rejects.toBeInstanceOf(ValidationError);
  });

  test("the navigation's counts are the default list's: waiting = open claims, overdue = the overdue rows", async () => {
    const { editor, reviewer } = await newsroom();
    const article = await makeQueueArticle(editor);
    const [a, b, c, d, e] = await makeClaims(editor, article.id, 5);
    await setClaim(a!.id, { reviewerId: reviewer.actor.id, status: "new", dueInDays: -1 });
    await setClaim(b!.id, { reviewerId: reviewer.actor.id, status: "in_progress", dueInDays: -2 });
    await setClaim(c!.id, { reviewerId: reviewer.actor.id, status: "in_progress", dueInDays: 3 });
    await setClaim(d!.id, { reviewerId: reviewer.actor.id, status: "needs_signoff", dueInDays: -2 });
    await setClaim(e!.id, { reviewerId: reviewer.actor.id, status: "signed_off", dueInDays: -2 });

    const counts = await getStaffCounts(reviewer);
    const list = await listMyClaims(reviewer, {});
    expect(counts.myOpenClaims).toBe(3);
    expect(list.total).toBe(counts.myOpenClaims);
    expect(list.claims.filter((x) => x.overdue)).toHaveLength(counts.myOverdueClaims);
    expect(counts.myOverdueClaims).toBe(2);
  });

  test("pages of 50: the second page holds the rest, and a page past the end is empty", async () => {
    const { editor, reviewer } = await newsroom();
    const article = await makeQueueArticle(editor);
    const claims = await makeClaims(editor, article.id, MY_CLAIMS_PAGE_SIZE + 2);
    await assignClaims(editor, { claims: claims.map((c) => ({ claimId: c.id, version: c.version })), reviewerId: reviewer.actor.id, dueOn: await dbDate(7) });
    const first = await listMyClaims(reviewer, {});
    const second = await listMyClaims(reviewer, { page: "2" });
    expect(first).toMatchObject({ total: 52, page: 1, pageCount: 2 });
    expect(first.claims).toHaveLength(50);
    // Same due date: by article, then claim number.
    expect(second.claims.map((c) => c.number)).toEqual([51, 52]);
    expect(await listMyClaims(reviewer, { page: "3" })).toMatchObject({ claims: [], total: 52, pageCount: 2 });
    await expect(listMyClaims(reviewer, { page: "-1" })).rejects.toBeInstanceOf(ValidationError);
  });

  test("nobody's claims for the command line, and an empty list for someone with none", async () => {
    const { reviewer } = await newsroom();
    expect(await listMyClaims(await systemCtx(), {})).toMatchObject({ claims: [], total: 0 });
    expect(await listMyClaims(reviewer, {})).toMatchObject({ claims: [], total: 0, counts: { all: 0 } });
  });
});
