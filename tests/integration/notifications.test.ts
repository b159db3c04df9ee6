import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { notifications } from "@/db/schema";
import { ValidationError } from "@/lib/core/errors";
import { handleOf } from "@/lib/domain/commentText";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { addComment } from "@/lib/services/comments/addComment";
import { listNotifications } from "@/lib/services/notifications/listNotifications";
import { markNotificationsRead } from "@/lib/services/notifications/markNotificationsRead";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { getStaffCounts } from "@/lib/services/staff/getStaffCounts";
import { updateArticleDetails } from "@/lib/services/articles/updateArticleDetails";
import { makeArticle, makeUser, spanOf } from "./factories";

const FIRST = "The mayor said unemployment fell to 3.2 percent last year.";
const SECOND = "Critics say the figure leaves out part-time workers.";

async function setUp() {
  const editor = await makeUser("editor", "eddie");
  const reviewer = await makeUser("reviewer", "rita");
  const title = `Jobs ${randomUUID().slice(0, 8)}`;
  const article = await makeArticle(editor, title);
  const claim = await createClaim(editor, { articleId: article.id, ...spanOf(FIRST) });
  return { editor, reviewer, article, title, claim };
}

/** A date relative to today, by the database's clock. */
async function daysFromToday(days: number): Promise<string> {
  const db = await getDb();
  const [row] = rowsOf<{ day: string }>(await db.execute(sql`select to_char(current_date + ${days}::int, 'YYYY-MM-DD') as day`));
  return row!.day;
}

describe("notifications", () => {
  test("assigning tells the new reviewer once, in plain words, with a link to the claim", async () => {
    const { editor, reviewer, article, title, claim } = await setUp();
    const assigned = await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });
    // A new due date for the same reviewer is no new assignment.
    await assignReviewer(editor, { claimId: claim.id, version: assigned.version, reviewerId: reviewer.actor.id, dueOn: "2031-05-01" });

    const page = await listNotifications(reviewer, {});
    expect(page).toEqual({
      items: [
        {
          id: expect.any(String),
          kind: "assigned",
          // The claim's due date as it is now (set after the assignment).
          sentence: `eddie user assigned you claim 1 of “${title}”, due on 1 May 2031`,
          href: `/desk/articles/${article.id}#claim-${claim.id}`,
          createdAt: expect.any(String),
          read: false,
        },
      ],
      unread: 1,
      nextBefore: null,
    });
    // Listed for a page in Spanish, the same notification in Spanish.
    expect((await listNotifications(reviewer, { language: "es" })).items[0]!.sentence).toBe(`eddie user le asignó la afirmación 1 de «${title}», con fecha límite el 1 may 2031`);
    expect((await getStaffCounts(reviewer)).unreadNotifications).toBe(1);
    // Nobody is told about what they did themselves.
    const own = await createClaim(editor, { articleId: article.id, ...spanOf(SECOND) });
    await assignReviewer(editor, { claimId: own.id, version: own.version, reviewerId: editor.actor.id });
    expect((await listNotifications(editor, {})).items).toEqual([]);
  });

  test("a reviewer whose claim went to someone else is not told the article's title as it is now", async () => {
    const { editor, reviewer, article, claim } = await setUp();
    const other = await makeUser("reviewer", "oscar");
    const assigned = await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });
    await assignReviewer(editor, { claimId: claim.id, version: assigned.version, reviewerId: other.actor.id });
    const renamed = `Minister under investigation ${randomUUID().slice(0, 8)}`;
    await updateArticleDetails(editor, { articleId: article.id, version: 1, title: renamed });
    const [item] = (await listNotifications(reviewer, {})).items;
    expect(item!.sentence).toBe("eddie user assigned you a claim");
    expect((await listNotifications(other, {})).items[0]!.sentence).toBe(`eddie user assigned you claim 1 of “${renamed}”`);
  });

  test("signing off tells whoever submitted the verdict; mentions and sign-offs read as sentences, newest first", async () => {
    const { editor, reviewer, title, claim } = await setUp();
    const verdict = (await listVerdicts(editor))[0]!;
    const assigned = await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });
    await addComment(editor, { claimId: claim.id, body: `@${handleOf(reviewer.actor.email)} the agency's figure, please.` });
    const reviewed = await reviewClaim(reviewer, {
      claimId: claim.id,
      version: assigned.version,
      verdictId: verdict.id,
      publicExplanation: "The agency says 4.1 percent.",
      sources: [],
      readyForSignoff: true,
    });
    await signOffClaim(editor, { claimId: claim.id, version: reviewed.version });

    const { items, unread } = await listNotifications(reviewer, {});
    expect(items.map((n) => n.sentence)).toEqual([
      `eddie user signed off your verdict on claim 1 of “${title}”`,
      `eddie user mentioned you on claim 1 of “${title}”`,
      `eddie user assigned you claim 1 of “${title}”`,
    ]);
    expect(unread).toBe(3);
  });

  test("pages go back in time without repeating or skipping", async () => {
    const { editor, reviewer, article } = await setUp();
    for (let i = 0; i < 5; i++) {
      const claim = await createClaim(editor, { articleId: article.id, start: i, end: i + 3 });
      await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });
    }
    const first = await listNotifications(reviewer, { limit: 2 });
    const second = await listNotifications(reviewer, { limit: 2, before: first.nextBefore! });
    const third = await listNotifications(reviewer, { limit: 2, before: second.nextBefore! });
    expect([first.items.length, second.items.length, third.items.length]).toEqual([2, 2, 1]);
    expect(third.nextBefore).toBeNull();
    const ids = [...first.items, ...second.items, ...third.items].map((n) => n.id);
    expect(new Set(ids).size).toBe(5);
    const all = await listNotifications(reviewer, {});
    expect(all.items.map((n) => n.id)).toEqual(ids);
    await expect(listNotifications(reviewer, { before: "not-an-id" })).rejects.toBeInstanceOf(ValidationError);
  });

  test("a claim due tomorrow reminds its reviewer once, however often and however concurrently the desk is read", async () => {
    const { editor, reviewer, article, title, claim } = await setUp();
    const tomorrow = await daysFromToday(1);
    await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id, dueOn: tomorrow });
    // Not reminded: due later, or already sent for sign-off.
    const later = await createClaim(editor, { articleId: article.id, ...spanOf(SECOND) });
    await assignReviewer(editor, { claimId: later.id, version: later.version, reviewerId: reviewer.actor.id, dueOn: await daysFromToday(2) });
    const sent = await createClaim(editor, { articleId: article.id, start: 0, end: 3 });
    const sentAssigned = await assignReviewer(editor, { claimId: sent.id, version: sent.version, reviewerId: reviewer.actor.id, dueOn: tomorrow });
    const verdict = (await listVerdicts(editor))[0]!;
    await reviewClaim(reviewer, { claimId: sent.id, version: sentAssigned.version, verdictId: verdict.id, publicExplanation: "Done.", sources: [], readyForSignoff: true });

    await Promise.all([getStaffCounts(reviewer), getStaffCounts(reviewer), listNotifications(reviewer, {}), listNotifications(reviewer, {})]);
    await getStaffCounts(reviewer);
    const db = await getDb();
    const reminders = await db.select().from(notifications).where(and(eq(notifications.userId, reviewer.actor.id), eq(notifications.kind, "due_soon")));
    expect(reminders).toEqual([expect.objectContaining({ claimId: claim.id, dedupeKey: `due:${claim.id}:${tomorrow}`, actorId: null })]);
    const { items } = await listNotifications(reviewer, {});
    expect(items.filter((n) => n.kind === "due_soon").map((n) => n.sentence)).toEqual([`Claim 1 of “${title}” is due tomorrow`]);
    // The editor has no claim due: no reminder for them.
    expect((await listNotifications(editor, {})).items).toEqual([]);
  });

  test("marking read changes only one's own notifications: one, several, or all", async () => {
    const { editor, reviewer, article } = await setUp();
    const other = await makeUser("reviewer", "other");
    for (const [i, person] of [reviewer, reviewer, reviewer, other].entries()) {
      const claim = await createClaim(editor, { articleId: article.id, start: i, end: i + 3 });
      await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: person.actor.id });
    }
    const mine = (await listNotifications(reviewer, {})).items;
    const theirs = (await listNotifications(other, {})).items;

    expect(await markNotificationsRead(reviewer, { ids: [theirs[0]!.id] })).toEqual({ marked: 0, unread: 3 });
    expect((await listNotifications(other, {})).unread).toBe(1);
    expect(await markNotificationsRead(reviewer, { ids: [mine[0]!.id, theirs[0]!.id] })).toEqual({ marked: 1, unread: 2 });
    expect((await listNotifications(reviewer, {})).items.map((n) => n.read)).toEqual([true, false, false]);
    expect(await markNotificationsRead(reviewer, { ids: [mine[0]!.id] })).toEqual({ marked: 0, unread: 2 });
    expect(await markNotificationsRead(reviewer, { all: true })).toEqual({ marked: 2, unread: 0 });
    expect((await getStaffCounts(reviewer)).unreadNotifications).toBe(0);
    expect((await getStaffCounts(other)).unreadNotifications).toBe(1);

    await expect(markNotificationsRead(reviewer, {})).rejects.toBeInstanceOf(ValidationError);
    await expect(markNotificationsRead(reviewer, { ids: [] })).rejects.toBeInstanceOf(ValidationError);
    await expect(markNotificationsRead(reviewer, { ids: [mine[1]!.id], all: true })).rejects.toBeInstanceOf(ValidationError);
    await expect(markNotificationsRead(reviewer, { all: true, userId: other.actor.id } as never)).rejects.toBeInstanceOf(ValidationError);
  });
});
