import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { claims as claimsTable, comments, notifications } from "@/db/schema";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/core/errors";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { reviseArticleText } from "@/lib/services/articles/reviseArticleText";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { deleteClaim } from "@/lib/services/claims/deleteClaim";
import { dismissClaim } from "@/lib/services/claims/dismissClaim";
import { editClaim } from "@/lib/services/claims/editClaim";
import { getClaimHistory } from "@/lib/services/claims/getClaimHistory";
import { mergeClaims } from "@/lib/services/claims/mergeClaims";
import { moveClaimAnchor } from "@/lib/services/claims/moveClaimAnchor";
import { restoreClaim } from "@/lib/services/claims/restoreClaim";
import { returnClaim } from "@/lib/services/claims/returnClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { splitClaim } from "@/lib/services/claims/splitClaim";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { makeArticle, makeUser, publishAsShown, SAMPLE_BODY, spanOf, type ActorContext } from "./factories";
import { historyLines } from "./historyWords";

const FIRST = "The mayor said unemployment fell to 3.2 percent last year.";
const SECOND = "Critics say the figure leaves out part-time workers.";
const THIRD = "“We built 4,000 new homes,” the mayor added.";

/** An article with one claim assigned to a reviewer, and two editors and an admin. */
async function newsroom() {
  const [editor, approver, admin, reviewer] = [await makeUser("editor"), await makeUser("editor", "approver"), await makeUser("admin"), await makeUser("reviewer")];
  const article = await makeArticle(editor);
  let claim = await createClaim(editor, { articleId: article.id, ...spanOf(FIRST) });
  claim = await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id, dueOn: "" });
  const verdicts = await listVerdicts(editor);
  const verdict = (label: string) => verdicts.find((v) => v.label === label)!.id;
  return { editor, approver, admin, reviewer, article, claim, verdict };
}

type Newsroom = Awaited<ReturnType<typeof newsroom>>;

/** The reviewer gives a verdict and sends it for sign-off. */
async function submit({ reviewer, claim, verdict }: Newsroom, explanation = "Official data say 4.1 percent.") {
  return reviewClaim(reviewer, { claimId: claim.id, version: claim.version, verdictId: verdict("False"), publicExplanation: explanation, sources: [], readyForSignoff: true });
}

/** Each of `editors` is refused the sign-off of `claim`: they wrote part of it since it was last signed off. */
async function refusedAsAuthors(claim: { id: string; version: number }, ...editors: ActorContext[]) {
  for (const editor of editors) await expect(signOffClaim(editor, { claimId: claim.id, version: claim.version })).rejects.toThrow(/another editor must approve it/);
}

describe("sign-off", () => {
  test("nobody signs off a verdict they submitted, whatever their role; another editor can", async () => {
    const room = await newsroom();
    const { editor, approver, admin, claim, verdict } = room;
    const byEditor = await reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId: verdict("False"), publicExplanation: "4.1 percent.", sources: [], readyForSignoff: true });
    expect(byEditor).toMatchObject({ status: "needs_signoff", submittedBy: editor.actor.id });
    await expect(signOffClaim(editor, { claimId: claim.id, version: byEditor.version })).rejects.toThrow(/You sent this verdict for sign-off/);
    const signed = await signOffClaim(approver, { claimId: claim.id, version: byEditor.version });
    expect(signed.status).toBe("signed_off");

    // An admin who submits is held to the same rule.
    const other = await createClaim(editor, { articleId: room.article.id, ...spanOf(SECOND) });
    const byAdmin = await reviewClaim(admin, { claimId: other.id, version: other.version, verdictId: verdict("True"), publicExplanation: "Yes.", sources: [], readyForSignoff: true });
    await expect(signOffClaim(admin, { claimId: other.id, version: byAdmin.version })).rejects.toBeInstanceOf(ValidationError);
  });

  // Four eyes on every part of what is approved: whoever changed it after it was sent cannot approve it.
  const CHANGES: [string, (room: Newsroom, claim: Awaited<ReturnType<typeof submit>>) => Promise<{ version: number }>][] = [
    ["statement", (room, c) => editClaim(room.approver, { claimId: c.id, version: c.version, statement: "Unemployment fell to ZERO percent.", claimant: c.claimant })],
    ["claimant", (room, c) => editClaim(room.approver, { claimId: c.id, version: c.version, statement: c.statement, claimant: "The governor" })],
    ["words in the text", (room, c) => moveClaimAnchor(room.approver, { claimId: c.id, version: c.version, ...spanOf(SECOND), textRevision: 1 })],
    ["verdict", (room, c) => reviewClaim(room.approver, { ...reviewOf(c), verdictId: room.verdict("True"), readyForSignoff: true })],
    ["explanation", (room, c) => reviewClaim(room.approver, { ...reviewOf(c), publicExplanation: "In fact it did.", readyForSignoff: true })],
    ["sources", (room, c) => reviewClaim(room.approver, { ...reviewOf(c), sources: [{ url: "https://stats.example.test/", title: "Stats" }], readyForSignoff: true })],
  ];
  function reviewOf(c: Awaited<ReturnType<typeof submit>>) {
    return { claimId: c.id, version: c.version, verdictId: c.verdictId, publicExplanation: c.publicExplanation, sources: [] };
  }

  test.each(CHANGES)("an editor who changed the %s of a claim waiting for sign-off cannot sign it off; another editor can", async (_field, change) => {
    const room = await newsroom();
    const submitted = await submit(room);
    const changed = await change(room, submitted);
    await expect(signOffClaim(room.approver, { claimId: submitted.id, version: changed.version })).rejects.toThrow(/another editor must approve it/);
    await expect(signOffClaim(room.editor, { claimId: submitted.id, version: changed.version })).resolves.toMatchObject({ status: "signed_off" });
  });

  test("an editor who sent a verdict, and another who changed its statement since: neither signs it off, a third does", async () => {
    const room = await newsroom();
    const { editor, approver, claim, verdict } = room;
    const sent = await reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId: verdict("False"), publicExplanation: "4.1 percent.", sources: [], readyForSignoff: true });
    const reworded = await editClaim(approver, { claimId: claim.id, version: sent.version, statement: "The mayor's own words, reworded.", claimant: "" });
    expect(reworded.pendingAuthors.sort()).toEqual([editor.actor.id, approver.actor.id].sort());
    await expect(signOffClaim(editor, { claimId: claim.id, version: reworded.version })).rejects.toThrow(/another editor must approve it/);
    await expect(signOffClaim(approver, { claimId: claim.id, version: reworded.version })).rejects.toThrow(/another editor must approve it/);
    const third = await makeUser("editor", "third");
    const signed = await signOffClaim(third, { claimId: claim.id, version: reworded.version });
    expect(signed).toMatchObject({ status: "signed_off", pendingAuthors: [] });
  });

  // Before it was sent as well: an editor's words the reviewer sends on unchanged are still the editor's.
  const EARLIER_CHANGES: [string, (room: Newsroom) => Promise<unknown>][] = [
    ["verdict and explanation", (room) => reviewClaim(room.editor, { claimId: room.claim.id, version: room.claim.version, verdictId: room.verdict("False"), publicExplanation: "The editor's own words.", sources: [], readyForSignoff: false })],
    ["statement", (room) => editClaim(room.editor, { claimId: room.claim.id, version: room.claim.version, statement: "The editor's own statement.", claimant: "" })],
  ];
  test.each(EARLIER_CHANGES)("an editor who wrote the %s before the reviewer sent it, even with a return between, cannot sign it off", async (_what, write) => {
    const room = await newsroom();
    await write(room);
    const current = async () => (await getWorkspace(room.editor, room.article.id)).claims.find((c) => c.id === room.claim.id)!;
    let claim = await current();
    const send = () => reviewClaim(room.reviewer, { claimId: claim.id, version: claim.version, verdictId: claim.verdictId ?? room.verdict("False"), publicExplanation: claim.publicExplanation || "Official data.", sources: [], readyForSignoff: true });
    claim = { ...claim, ...(await send()) };
    expect(claim.pendingAuthors.sort()).toEqual([room.editor.actor.id, room.reviewer.actor.id].sort());
    await expect(signOffClaim(room.editor, { claimId: claim.id, version: claim.version })).rejects.toThrow(/another editor must approve it/);
    claim = { ...claim, ...(await returnClaim(room.approver, { claimId: claim.id, version: claim.version, comment: "Once more." })) };
    claim = { ...claim, ...(await send()) };
    await expect(signOffClaim(room.editor, { claimId: claim.id, version: claim.version })).rejects.toThrow(/another editor must approve it/);
    await expect(signOffClaim(room.approver, { claimId: claim.id, version: claim.version })).resolves.toMatchObject({ status: "signed_off", pendingAuthors: [] });
  });

  test("merging keeps who wrote either claim: an editor whose change is in the merged claim cannot sign it off", async () => {
    const room = await newsroom();
    const third = await makeUser("editor", "third");
    const submitted = await submit(room);
    // The approver rewords the claim waiting for sign-off: theirs to write, someone else's to approve.
    const reworded = await editClaim(room.approver, { claimId: submitted.id, version: submitted.version, statement: "Unemployment fell to ZERO percent.", claimant: "" });
    const next = await createClaim(room.editor, { articleId: room.article.id, ...spanOf(SECOND) });
    // Another editor merges it with the next claim (either way round): the approver's words are in the merged claim.
    const merged = await mergeClaims(third, { firstId: next.id, firstVersion: next.version, secondId: reworded.id, secondVersion: reworded.version });
    expect(merged.statement).toContain("ZERO percent");
    expect(merged.pendingAuthors).toEqual(expect.arrayContaining([room.approver.actor.id, room.reviewer.actor.id, third.actor.id]));
    const sent = await submit({ ...room, claim: merged });
    await refusedAsAuthors(sent, room.approver, third);
    await expect(signOffClaim(room.admin, { claimId: merged.id, version: sent.version })).resolves.toMatchObject({ status: "signed_off" });
  });

  test("a signed-off claim merged with one under review keeps who wrote the one under review", async () => {
    const room = await newsroom();
    const submitted = await submit(room);
    const approved = await signOffClaim(room.approver, { claimId: submitted.id, version: submitted.version });
    let next = await createClaim(room.editor, { articleId: room.article.id, ...spanOf(SECOND) });
    next = await editClaim(room.approver, { claimId: next.id, version: next.version, statement: "Critics: the figure is made up.", claimant: "" });
    const merged = await mergeClaims(room.admin, { firstId: approved.id, firstVersion: approved.version, secondId: next.id, secondVersion: next.version });
    expect(merged).toMatchObject({ status: "needs_signoff", submittedBy: room.admin.actor.id });
    await expect(signOffClaim(room.approver, { claimId: merged.id, version: merged.version })).rejects.toThrow(/another editor must approve it/);
  });

  test("splitting keeps who wrote the claim on both parts: an editor's claimant on the new part is still theirs", async () => {
    const room = await newsroom();
    const third = await makeUser("editor", "third");
    const submitted = await submit(room);
    const named = await editClaim(room.approver, { claimId: submitted.id, version: submitted.version, statement: submitted.statement, claimant: "The governor" });
    const [, right] = await splitClaim(third, { claimId: named.id, version: named.version, at: named.start + FIRST.indexOf(" fell") });
    expect(right).toMatchObject({ claimant: "The governor" });
    const sent = await submit({ ...room, claim: right });
    await refusedAsAuthors(sent, room.approver, third);
    await expect(signOffClaim(room.editor, { claimId: right.id, version: sent.version })).resolves.toMatchObject({ status: "signed_off" });
  });

  test("the verdict's recorded author never signs it off, even where nobody else is listed as having changed it", async () => {
    const room = await newsroom();
    const sent = await reviewClaim(room.editor, { claimId: room.claim.id, version: room.claim.version, verdictId: room.verdict("False"), publicExplanation: "The editor's words.", sources: [], readyForSignoff: false });
    // A claim written before authors were listed: only its verdict's credit says who wrote it.
    await (await getDb()).update(claimsTable).set({ pendingAuthors: [], status: "needs_signoff", submittedBy: room.reviewer.actor.id }).where(eq(claimsTable.id, sent.id));
    await expect(signOffClaim(room.editor, { claimId: sent.id, version: sent.version })).rejects.toThrow(/another editor must approve it/);
    await expect(signOffClaim(room.approver, { claimId: sent.id, version: sent.version })).resolves.toMatchObject({ status: "signed_off" });
  });

  test("only a verdict waiting for sign-off can be signed off, and reviewers never sign off", async () => {
    const room = await newsroom();
    await expect(signOffClaim(room.approver, { claimId: room.claim.id, version: room.claim.version })).rejects.toThrow(/Only a verdict sent for sign-off/);
    const submitted = await submit(room);
    await expect(signOffClaim(room.reviewer, { claimId: submitted.id, version: submitted.version })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("returning a verdict", () => {
  test("an editor returns it with a comment: in progress again, the comment in the conversation, the reviewer told", async () => {
    const room = await newsroom();
    const submitted = await submit(room);
    await expect(returnClaim(room.editor, { claimId: submitted.id, version: submitted.version, comment: "   " })).rejects.toThrow(/Say what the reviewer should change/);
    const returned = await returnClaim(room.editor, { claimId: submitted.id, version: submitted.version, comment: "Which year is the 4.1 percent from?" });
    expect(returned).toMatchObject({ status: "in_progress", submittedBy: null });

    const db = await getDb();
    expect(await db.select({ body: comments.body, kind: comments.kind }).from(comments).where(eq(comments.claimId, submitted.id))).toEqual([
      { body: "Which year is the 4.1 percent from?", kind: "return" },
    ]);
    const told = await db.select().from(notifications).where(and(eq(notifications.userId, room.reviewer.actor.id), eq(notifications.kind, "returned")));
    expect(told).toEqual([expect.objectContaining({ claimId: submitted.id, actorId: room.editor.actor.id, readAt: null })]);

    await expect(returnClaim(room.editor, { claimId: submitted.id, version: returned.version, comment: "Again?" })).rejects.toThrow(/Only a verdict waiting for sign-off/);
    await expect(returnClaim(room.reviewer, { claimId: submitted.id, version: returned.version, comment: "x" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("changing a signed-off claim sends it back for sign-off", () => {
  async function signedOff() {
    const room = await newsroom();
    const submitted = await submit(room);
    return { ...room, claim: await signOffClaim(room.approver, { claimId: submitted.id, version: submitted.version }) };
  }

  test("a new statement or claimant: waiting for sign-off, submitted by the editor who changed it", async () => {
    const { editor, approver, claim } = await signedOff();
    const same = await editClaim(editor, { claimId: claim.id, version: claim.version, statement: claim.statement, claimant: claim.claimant });
    expect(same.status).toBe("signed_off");
    const edited = await editClaim(editor, { claimId: claim.id, version: same.version, statement: "Unemployment fell to 3.2% in 2025.", claimant: "" });
    expect(edited).toMatchObject({ status: "needs_signoff", submittedBy: editor.actor.id });
    await expect(signOffClaim(editor, { claimId: claim.id, version: edited.version })).rejects.toBeInstanceOf(ValidationError);
    await expect(signOffClaim(approver, { claimId: claim.id, version: edited.version })).resolves.toMatchObject({ status: "signed_off" });
  });

  test("a new span, or a verdict reviewed again", async () => {
    const room = await signedOff();
    const moved = await moveClaimAnchor(room.editor, { claimId: room.claim.id, version: room.claim.version, ...spanOf(SECOND), textRevision: 1 });
    expect(moved.status).toBe("needs_signoff");

    const again = await signedOff();
    const rereviewed = await reviewClaim(again.reviewer, {
      claimId: again.claim.id,
      version: again.claim.version,
      verdictId: again.verdict("Misleading"),
      publicExplanation: "Revised figures.",
      sources: [],
      readyForSignoff: false,
    });
    expect(rereviewed.status).toBe("in_progress");
  });

  test("text revisions that leave the words alone keep it signed off", async () => {
    const { editor, claim, article } = await signedOff();
    await reviseArticleText(editor, { articleId: article.id, version: 1, body: `Update: corrected.\n${SAMPLE_BODY}` });
    const workspace = await getWorkspace(editor, article.id);
    expect(workspace.claims.find((c) => c.id === claim.id)).toMatchObject({ status: "signed_off", anchorState: "ok", quote: FIRST });
  });
});

describe("dismissing a claim", () => {
  test("needs a reason, leaves the workflow and the published version, and can be undone", async () => {
    const { editor, reviewer, claim, article } = await newsroom();
    await expect(dismissClaim(editor, { claimId: claim.id, version: claim.version, reason: "" })).rejects.toThrow(/Say why this claim is not worth checking/);
    await expect(dismissClaim(reviewer, { claimId: claim.id, version: claim.version, reason: "Opinion." })).rejects.toBeInstanceOf(ForbiddenError);
    const dismissed = await dismissClaim(editor, { claimId: claim.id, version: claim.version, reason: "An opinion, not a checkable fact." });
    expect(dismissed).toMatchObject({ status: "dismissed", dismissedReason: "An opinion, not a checkable fact." });
    await expect(
      reviewClaim(reviewer, { claimId: claim.id, version: dismissed.version, verdictId: null, publicExplanation: "", sources: [] }),
    ).rejects.toThrow(/dismissed as not worth checking/);
    expect((await publishAsShown(editor, article.id)).claimCount).toBe(0);

    const restored = await restoreClaim(editor, { claimId: claim.id, version: dismissed.version });
    expect(restored).toMatchObject({ status: "in_progress", dismissedReason: null });
    await expect(restoreClaim(editor, { claimId: claim.id, version: restored.version })).rejects.toThrow(/Only a dismissed claim/);
  });
});

describe("claims keep their number", () => {
  test("numbers go by creation, survive claims added before them and deletions, and are never reused", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor);
    const third = await createClaim(editor, { articleId: article.id, ...spanOf(THIRD) });
    const first = await createClaim(editor, { articleId: article.id, ...spanOf(FIRST) });
    expect([third.number, first.number]).toEqual([1, 2]);
    await deleteClaim(editor, { claimId: first.id, version: first.version });
    const second = await createClaim(editor, { articleId: article.id, ...spanOf(SECOND) });
    expect(second.number).toBe(3);
    const [, right] = await splitClaim(editor, { claimId: second.id, version: second.version, at: spanOf(SECOND).start + SECOND.indexOf(" leaves") });
    expect(right.number).toBe(4);
    expect((await getWorkspace(editor, article.id)).claims.map((c) => c.number)).toEqual([3, 4, 1]);
  });

  test("the same words cannot become two claims", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor);
    await createClaim(editor, { articleId: article.id, ...spanOf(FIRST) });
    await expect(createClaim(editor, { articleId: article.id, ...spanOf(FIRST) })).rejects.toThrow("These words are already claim 1.");
    const both = await Promise.allSettled([
      createClaim(editor, { articleId: article.id, ...spanOf(SECOND) }),
      createClaim(editor, { articleId: article.id, ...spanOf(SECOND) }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  });
});

describe("a claim's history", () => {
  test("tells every step in words, with who did it", async () => {
    const room = await newsroom();
    const submitted = await submit(room);
    const returned = await returnClaim(room.editor, { claimId: submitted.id, version: submitted.version, comment: "Which year?" });
    const resubmitted = await reviewClaim(room.reviewer, {
      claimId: returned.id,
      version: returned.version,
      verdictId: room.verdict("Misleading"),
      publicExplanation: "4.1 percent in 2024, per the statistics office.",
      sources: [{ url: "https://stats.example.test/2024", title: "Labour force survey" }],
      readyForSignoff: true,
    });
    await signOffClaim(room.approver, { claimId: resubmitted.id, version: resubmitted.version });

    const history = await getClaimHistory(room.editor, room.claim.id);
    const lines = historyLines(history);
    expect(lines).toEqual([
      "editor user created the claim",
      "editor user assigned it to reviewer user",
      "reviewer user gave the verdict “False” (rating scale version 1), wrote the public explanation and sent it for sign-off",
      "editor user returned it to the reviewer",
      "reviewer user changed the verdict from “False” (rating scale version 1) to “Misleading” (rating scale version 1), edited the public explanation, changed the sources (now 1) and sent it for sign-off",
      "approver user signed off the verdict “Misleading” (rating scale version 1)",
    ]);
    expect(history.events[3]?.detail).toBe("Which year?");
  });

  test("is refused to a reviewer who has no claim on the article", async () => {
    const room = await newsroom();
    const stranger = await makeUser("reviewer", "stranger");
    await expect(getClaimHistory(stranger, room.claim.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getClaimHistory(room.reviewer, room.claim.id)).resolves.toMatchObject({ number: 1 });
  });
});

describe("stale saves", () => {
  test("a save from an old version is refused; different claims of one article never conflict", async () => {
    const room = await newsroom();
    const other = await createClaim(room.editor, { articleId: room.article.id, ...spanOf(SECOND) });
    const [a, b] = await Promise.all([
      editClaim(room.editor, { claimId: room.claim.id, version: room.claim.version, statement: "One.", claimant: "" }),
      editClaim(room.approver, { claimId: other.id, version: other.version, statement: "Two.", claimant: "" }),
    ]);
    expect([a.statement, b.statement]).toEqual(["One.", "Two."]);
    await expect(editClaim(room.approver, { claimId: room.claim.id, version: room.claim.version, statement: "Late.", claimant: "" })).rejects.toBeInstanceOf(ConflictError);
  });
});
