import { and, eq, gt, inArray, sql } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, claims, notifications } from "@/db/schema";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/core/errors";
import { assignClaims } from "@/lib/services/claims/assignClaims";
import { reviseArticleText } from "@/lib/services/articles/reviseArticleText";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { deleteClaim } from "@/lib/services/claims/deleteClaim";
import { editClaim } from "@/lib/services/claims/editClaim";
import { listNotifications } from "@/lib/services/notifications/listNotifications";
import { setUserActive } from "@/lib/services/users/setUserActive";
import { resetDatabase, tableDigest } from "./database";
import { makeUser, systemCtx } from "./factories";
import { dbDate, makeClaims, makeQueueArticle, QUEUE_BODY, setClaim } from "./queueFactories";
import { MAX_BULK_ASSIGN } from "@/lib/domain/limits";

// Bulk assignment: many claims to one reviewer with one due date, all or nothing.

beforeEach(async () => {
  await resetDatabase();
});

async function setUp(n = 3) {
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const first = await makeQueueArticle(editor, "First");
  const second = await makeQueueArticle(editor, "Second");
  const made = [...(await makeClaims(editor, first.id, n - 1)), ...(await makeClaims(editor, second.id, 1))];
  const chosen = made.map((c) => ({ claimId: c.id, version: c.version }));
  return { editor, reviewer, made, chosen };
}

/**
 * A refused call: the error it threw, and proof that no row of any table changed (but for the `access.refused` audit
 * entry a refusal by role leaves, which is taken away before comparing).
 */
async function refused(call: () => Promise<unknown>): Promise<Error> {
  const db = await getDb();
  const [{ mark } = { mark: 0 }] = await db.select({ mark: sql<number>`coalesce(max(${auditLog.id}), 0)`.mapWith(Number) }).from(auditLog);
  const before = await tableDigest();
  const error = await call().then(
    () => null,
    (e: unknown) => e as Error,
  );
  expect(error, "was allowed").not.toBeNull();
  await db.delete(auditLog).where(and(gt(auditLog.id, mark), eq(auditLog.action, "access.refused")));
  expect(await tableDigest(), "a refused call changed rows").toEqual(before);
  return error!;
}

describe("assigning many claims at once", () => {
  test("gives every chosen claim, across articles, to one reviewer with one due date; new claims start in review", async () => {
    const { editor, reviewer, made, chosen } = await setUp(3);
    await setClaim(made[1]!.id, { status: "needs_signoff" });
    const versions = new Map(made.map((c) => [c.id, c.version]));
    versions.set(made[1]!.id, made[1]!.version + 1);
    const due = await dbDate(7);
    const result = await assignClaims(editor, {
      claims: chosen.map((c) => ({ ...c, version: versions.get(c.claimId)! })),
      reviewerId: reviewer.actor.id,
      dueOn: due,
    });
    const ids = made.map((c) => c.id).sort();
    expect(result).toMatchObject({ count: 3, reviewer: { id: reviewer.actor.id, displayName: reviewer.actor.displayName }, dueOn: due });
    expect(result.claims.map((c) => c.id)).toEqual(ids);

    const db = await getDb();
    const rows = await db.select().from(claims).where(inArray(claims.id, ids)).orderBy(claims.id);
    expect(rows.map((r) => [r.reviewerId, r.dueOn, r.updatedBy])).toEqual(ids.map(() => [reviewer.actor.id, due, editor.actor.id]));
    expect(rows.find((r) => r.id === made[0]!.id)?.status).toBe("in_progress");
    expect(rows.find((r) => r.id === made[1]!.id)?.status).toBe("needs_signoff");
    expect(rows.map((r) => r.version)).toEqual(result.claims.map((c) => c.version));

    // One audit entry per claim, in id order, shaped like a single assignment's.
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, "claim.assign")).orderBy(auditLog.id);
    expect(audit.map((a) => [a.entityType, a.entityId, a.actorId])).toEqual(ids.map((id) => ["claim", id, editor.actor.id]));
    expect(audit[0]).toMatchObject({ before: { reviewerId: null, dueOn: null }, after: { reviewerId: reviewer.actor.id, dueOn: due } });

    // And the reviewer is told once, with how many claims and when they are due.
    const told = await db.select().from(notifications).where(eq(notifications.userId, reviewer.actor.id));
    expect(told.map((n) => [n.kind, n.claimId, n.actorId, n.details])).toEqual([["assigned", null, editor.actor.id, { claims: 3, dueDates: [due], undated: 0 }]]);
    const listed = await listNotifications(reviewer, {});
    expect(listed.items.map((n) => [n.sentence, n.href])).toEqual([[`${editor.actor.displayName} assigned you 3 claims, due on ${new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${due}T00:00:00Z`))}`, "/desk/my-claims"]]);

    // Again with a new due date: audited, but nothing new to tell the reviewer, whose claims they already were.
    const later = await dbDate(14);
    await assignClaims(editor, { claims: result.claims.map((c) => ({ claimId: c.id, version: c.version })), reviewerId: reviewer.actor.id, dueOn: later });
    expect(await db.select().from(notifications).where(eq(notifications.userId, reviewer.actor.id))).toHaveLength(1);
    expect(await db.select().from(auditLog).where(eq(auditLog.action, "claim.assign"))).toHaveLength(6);
  });

  test("one claim changed since the editor saw it refuses them all, saying how many changed", async () => {
    const { editor, reviewer, made, chosen } = await setUp(4);
    await editClaim(editor, { claimId: made[2]!.id, version: made[2]!.version, statement: "Changed meanwhile", claimant: "" });
    const error = await refused(() => assignClaims(editor, { claims: chosen, reviewerId: reviewer.actor.id, dueOn: "2099-01-01" }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe(
      "1 of the 4 claims you chose was changed or deleted by someone else since you loaded the page. Nothing was assigned. Reload to see the changes, then try again.",
    );
    const db = await getDb();
    expect(await db.select().from(claims).where(and(inArray(claims.id, made.map((c) => c.id)), eq(claims.reviewerId, reviewer.actor.id)))).toEqual([]);
  });

  test("a deleted claim counts as changed; two of them are counted", async () => {
    const { editor, reviewer, made, chosen } = await setUp(3);
    await deleteClaim(editor, { claimId: made[0]!.id, version: made[0]!.version });
    await setClaim(made[1]!.id, { dueInDays: 3 });
    const error = await refused(() => assignClaims(editor, { claims: chosen, reviewerId: reviewer.actor.id }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toMatch(/^2 of the 3 claims you chose were changed or deleted/);
  });

  test("of two overlapping bulk assignments from the same page, the second is refused whole", async () => {
    const { editor, reviewer, chosen } = await setUp(3);
    const other = await makeUser("reviewer", "second");
    const results = await Promise.allSettled([
      assignClaims(editor, { claims: chosen, reviewerId: reviewer.actor.id }),
      assignClaims(editor, { claims: chosen.slice(1), reviewerId: other.actor.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const db = await getDb();
    const reviewers = await db.select({ reviewerId: claims.reviewerId }).from(claims).where(inArray(claims.id, chosen.slice(1).map((c) => c.claimId)));
    expect(new Set(reviewers.map((r) => r.reviewerId)).size).toBe(1);
  });

  test("racing text revisions of its articles, it never deadlocks: each call succeeds or is told the claims changed", async () => {
    const editor = await makeUser("editor");
    const other = await makeUser("editor", "other");
    const reviewer = await makeUser("reviewer");
    const wins = { assign: 0, revise: 0 };
    for (let round = 0; round < 8; round++) {
      const one = await makeQueueArticle(editor, `Race ${round} one`);
      const two = await makeQueueArticle(editor, `Race ${round} two`);
      const chosen = [...(await makeClaims(editor, one.id, 3)), ...(await makeClaims(editor, two.id, 3))].map((c) => ({ claimId: c.id, version: c.version }));
      // A new first line moves every claim of the first article: the revision updates (and locks) all of them.
      const revise = () => reviseArticleText(other, { articleId: one.id, version: 1, body: `A new first line.\n${QUEUE_BODY}` });
      const assign = () => assignClaims(editor, { claims: chosen, reviewerId: reviewer.actor.id });
      const results = await Promise.allSettled(round % 2 ? [revise(), assign()] : [assign(), revise()]);
      for (const result of results) {
        if (result.status === "fulfilled") continue;
        expect(result.reason, String(result.reason)).toBeInstanceOf(ConflictError);
        // A deadlock or serialization failure would say "at the same moment": locks taken out of order.
        expect((result.reason as Error).message).not.toMatch(/at the same moment/);
      }
      if (results[round % 2 ? 1 : 0]!.status === "fulfilled") wins.assign += 1;
      if (results[round % 2 ? 0 : 1]!.status === "fulfilled") wins.revise += 1;
    }
    expect(wins.revise).toBe(8);
    expect(wins.assign).toBeGreaterThan(0);
  });

  test("a due date in the past is refused beside the field; today is fine", async () => {
    const { editor, reviewer, chosen } = await setUp(2);
    const error = await refused(() => assignClaims(editor, { claims: chosen, reviewerId: reviewer.actor.id, dueOn: "2000-01-01" }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ dueOn: "Choose today or a later date." });
    const yesterday = await dbDate(-1);
    await refused(() => assignClaims(editor, { claims: chosen, reviewerId: reviewer.actor.id, dueOn: yesterday }));
    const today = await dbDate(0);
    expect((await assignClaims(editor, { claims: chosen, reviewerId: reviewer.actor.id, dueOn: today })).dueOn).toBe(today);
  });

  test("the reviewer must be an active staff member", async () => {
    const { editor, reviewer, chosen } = await setUp(2);
    await setUserActive(await systemCtx(), { userId: reviewer.actor.id, active: false });
    const error = await refused(() => assignClaims(editor, { claims: chosen, reviewerId: reviewer.actor.id }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ reviewerId: "Choose an active reviewer." });
    const unknown = await refused(() => assignClaims(editor, { claims: chosen, reviewerId: "00000000-0000-4000-8000-000000000000" }));
    expect(unknown).toBeInstanceOf(ValidationError);
    const blank = await refused(() => assignClaims(editor, { claims: chosen, reviewerId: "" }));
    expect((blank as ValidationError).fieldErrors).toEqual({ reviewerId: "Choose a reviewer." });
  });

  test("refuses an empty choice, a claim chosen twice, more than 500 claims, and reviewers", async () => {
    const { editor, reviewer, chosen } = await setUp(2);
    const messages = [];
    for (const list of [[], [chosen[0]!, chosen[0]!], Array.from({ length: MAX_BULK_ASSIGN + 1 }, () => chosen[0]!)]) {
      const error = await refused(() => assignClaims(editor, { claims: list, reviewerId: reviewer.actor.id }));
      expect(error).toBeInstanceOf(ValidationError);
      messages.push(error.message);
    }
    expect(messages).toEqual(["Choose at least one claim to assign.", "Each claim can be chosen only once.", "Assign at most 500 claims at a time."]);
    expect(await refused(() => assignClaims(reviewer, { claims: chosen, reviewerId: reviewer.actor.id }))).toBeInstanceOf(ForbiddenError);
  });
});

describe("assigning one claim", () => {
  test("refuses a new due date in the past but keeps one the claim already has", async () => {
    const { editor, reviewer, made } = await setUp(2);
    const claim = made[0]!;
    const error = await refused(() => assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id, dueOn: "2001-02-03" }));
    expect((error as ValidationError).fieldErrors).toEqual({ dueOn: "Choose today or a later date." });

    // A claim that is overdue can change hands without a new date.
    await setClaim(claim.id, { dueInDays: -2 });
    const other = await makeUser("reviewer", "second");
    const moved = await assignReviewer(editor, { claimId: claim.id, version: claim.version + 1, reviewerId: other.actor.id, dueOn: await dbDate(-2) });
    expect(moved).toMatchObject({ reviewerId: other.actor.id, dueOn: await dbDate(-2) });
  });
});
