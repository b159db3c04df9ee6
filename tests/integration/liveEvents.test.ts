import { eq, sql } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import { getDb } from "@/db/client";
import { presence } from "@/db/schema";
import { handleOf } from "@/lib/domain/commentText";
import { transaction } from "@/lib/services/transaction";
import { recordAudit } from "@/lib/services/audit/recordAudit";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { editClaim } from "@/lib/services/claims/editClaim";
import { addComment } from "@/lib/services/comments/addComment";
import { announcePresence } from "@/lib/services/live/announcePresence";
import { LiveFeed, type Delivery } from "@/lib/services/live/liveFeed";
import { makeArticle, makeUser, spanOf, type ActorContext } from "./factories";

const FIRST = "The mayor said unemployment fell to 3.2 percent last year.";
const SECOND = "Critics say the figure leaves out part-time workers.";

// Live events go through the database's own NOTIFY (pg_notify in the verb's transaction), on either driver, to a
// feed listening as the server's does; each stream gets only what its viewer may see.

/** A stream of `feed` for `user`: what it received, and how to stop it. */
async function open(feed: LiveFeed, user: ActorContext, lastEventId: string | null = null) {
  const received: Delivery[] = [];
  const stop = await feed.subscribe({ id: user.actor.id, role: user.actor.role }, lastEventId, (d) => received.push(d), () => {});
  return { received, stop, changesOf: (articleId: string) => received.filter((d) => d.name === "change" && d.data.articleId === articleId) };
}

/**
 * Waits until the events of what was done so far have arrived (on Postgres they come a moment after the commit):
 * they arrive in the order of commits, so once a change made now has, every earlier one has too.
 */
async function settle(feed: LiveFeed, editor: ActorContext) {
  const probe = await open(feed, editor);
  const marker = await makeArticle(editor, "Marker");
  await vi.waitFor(() => expect(probe.changesOf(marker.id)).toHaveLength(1));
  probe.stop();
}

async function setUp() {
  const feed = new LiveFeed();
  const editor = await makeUser("editor", "eddie");
  const rita = await makeUser("reviewer", "rita");
  const rob = await makeUser("reviewer", "rob");
  const ritas = await makeArticle(editor, "Rita's article");
  const robs = await makeArticle(editor, "Rob's article");
  const ritaClaim = await createClaim(editor, { articleId: ritas.id, ...spanOf(FIRST) });
  const robClaim = await createClaim(editor, { articleId: robs.id, ...spanOf(SECOND) });
  const ritaAssigned = await assignReviewer(editor, { claimId: ritaClaim.id, version: ritaClaim.version, reviewerId: rita.actor.id });
  await assignReviewer(editor, { claimId: robClaim.id, version: robClaim.version, reviewerId: rob.actor.id });
  await settle(feed, editor);
  return { feed, editor, rita, rob, ritas, robs, ritaClaim: ritaAssigned, robClaim };
}

describe("live events", () => {
  test("a reviewer receives their own article's events and never another article's; editors receive both", async () => {
    const { feed, editor, rita, rob, ritas, robs, ritaClaim, robClaim } = await setUp();
    const [eddieStream, ritaStream, robStream] = [await open(feed, editor), await open(feed, rita), await open(feed, rob)];

    await addComment(editor, { claimId: robClaim.id, body: "Rob, can you find the agency's figure?" });
    await editClaim(editor, { claimId: ritaClaim.id, version: ritaClaim.version, statement: "Unemployment fell to 3.2%.", claimant: "Mayor" });

    await vi.waitFor(() => {
      expect(eddieStream.changesOf(robs.id)).toHaveLength(1);
      expect(eddieStream.changesOf(ritas.id)).toHaveLength(1);
      expect(ritaStream.changesOf(ritas.id)).toHaveLength(1);
      expect(robStream.changesOf(robs.id)).toHaveLength(1);
    });
    expect(ritaStream.changesOf(ritas.id)[0]!.data).toEqual({
      articleId: ritas.id,
      claimIds: [ritaClaim.id],
      actorId: editor.actor.id,
      actorName: editor.actor.displayName,
    });
    // Events after a later one have been delivered, in order: nothing of the other article is on its way.
    expect(ritaStream.received.filter((d) => d.data.articleId === robs.id)).toEqual([]);
    expect(robStream.received.filter((d) => d.data.articleId === ritas.id)).toEqual([]);
    // No content travels: ids and the actor's name only.
    expect(JSON.stringify(eddieStream.received)).not.toContain("agency's figure");
  });

  test("a notification reaches only the person notified; a rolled-back change sends nothing", async () => {
    const { feed, editor, rita, rob, ritas, ritaClaim } = await setUp();
    const [ritaStream, robStream, eddieStream] = [await open(feed, rita), await open(feed, rob), await open(feed, editor)];

    await expect(
      transaction(editor, async (tx) => {
        await recordAudit(tx, { action: "claim.edit", entityType: "claim", entityId: ritaClaim.id });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await addComment(editor, { claimId: ritaClaim.id, body: `@${handleOf(rita.actor.email)} a question for you` });
    // The comment's change and Rita's notification arrive, in the order of commits: the rolled-back change, made
    // before them, would be here by now.
    await vi.waitFor(() => {
      expect(ritaStream.received.filter((d) => d.name === "notification")).toHaveLength(1);
      expect(ritaStream.changesOf(ritas.id)).toHaveLength(1);
      expect(eddieStream.changesOf(ritas.id)).toHaveLength(1);
    });
    expect(eddieStream.received).toHaveLength(1);
    expect(robStream.received.filter((d) => d.name === "notification")).toEqual([]);
    expect(eddieStream.received.filter((d) => d.name === "notification")).toEqual([]);
  });

  test("a stream that reconnects with Last-Event-ID gets what it missed; one this process cannot resume is told to resync", async () => {
    const { feed, editor, rita, ritas, ritaClaim } = await setUp();
    const first = await open(feed, rita);
    await addComment(editor, { claimId: ritaClaim.id, body: "One" });
    await vi.waitFor(() => expect(first.changesOf(ritas.id)).toHaveLength(1));
    const lastId = first.received.at(-1)!.id;
    first.stop();

    await addComment(editor, { claimId: ritaClaim.id, body: "Two, while Rita was away" });
    // On Postgres its event comes a moment after the commit: here before Eddie's stream opens, not into it.
    await settle(feed, editor);
    const eddie = await open(feed, editor);
    await addComment(editor, { claimId: ritaClaim.id, body: "Three" });
    await vi.waitFor(() => expect(eddie.changesOf(ritas.id)).toHaveLength(1));

    const again = await open(feed, rita, lastId);
    await vi.waitFor(() => expect(again.changesOf(ritas.id)).toHaveLength(2));
    expect(again.received.map((d) => d.name)).toEqual(["change", "change"]);

    const elsewhere = await open(feed, rita, "0000beef-12");
    expect(elsewhere.received.map((d) => d.name)).toEqual(["resync"]);
  });
});

describe("presence", () => {
  test("who is on an article and who edits a review: shown to editors and the claim's reviewer, gone when they leave", async () => {
    const { feed, editor, rita, rob, ritas, ritaClaim } = await setUp();
    // Rob also has a claim on Rita's article, not hers.
    const robsClaimHere = await createClaim(editor, { articleId: ritas.id, ...spanOf(SECOND) });
    await assignReviewer(editor, { claimId: robsClaimHere.id, version: robsClaimHere.version, reviewerId: rob.actor.id });
    await settle(feed, editor);
    const eddieStream = await open(feed, editor);

    expect(await announcePresence(rita, { articleId: ritas.id, claimId: ritaClaim.id, editing: true })).toEqual([]);
    await vi.waitFor(() => expect(eddieStream.received.filter((d) => d.name === "presence")).toEqual([expect.objectContaining({ data: { articleId: ritas.id } })]));
    const rita1 = { userId: rita.actor.id, name: rita.actor.displayName };
    expect(await announcePresence(editor, { articleId: ritas.id })).toEqual([{ ...rita1, claimId: ritaClaim.id, editing: true }]);
    // Rob sees Rita on the article, not what she does on a claim that is not his.
    expect(await announcePresence(rob, { articleId: ritas.id, claimId: robsClaimHere.id })).toEqual(
      expect.arrayContaining([{ ...rita1, claimId: null, editing: false }]),
    );

    await announcePresence(rita, { articleId: ritas.id, leaving: true });
    expect((await announcePresence(editor, { articleId: ritas.id })).map((p) => p.userId)).toEqual([rob.actor.id]);
    // A page that stopped without a goodbye is gone after its heartbeat stops.
    const db = await getDb();
    await db.update(presence).set({ seenAt: sql`now() - interval '1 minute'` }).where(eq(presence.userId, rob.actor.id));
    expect(await announcePresence(editor, { articleId: ritas.id })).toEqual([]);
  });
});
