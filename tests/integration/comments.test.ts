import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { articleVersions, comments, notifications } from "@/db/schema";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/core/errors";
import { handleOf } from "@/lib/domain/commentText";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { returnClaim } from "@/lib/services/claims/returnClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { getClaimHistory } from "@/lib/services/claims/getClaimHistory";
import { addComment } from "@/lib/services/comments/addComment";
import { deleteComment } from "@/lib/services/comments/deleteComment";
import { editComment } from "@/lib/services/comments/editComment";
import { listClaimComments } from "@/lib/services/comments/listClaimComments";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { createUser } from "@/lib/services/users/createUser";
import { anonymousCtx, makeArticle, makeUser, publishAsShown, spanOf, systemCtx, type ActorContext, publishedVersion } from "./factories";

const FIRST = "The mayor said unemployment fell to 3.2 percent last year.";
const SECOND = "Critics say the figure leaves out part-time workers.";

/** An editor, a reviewer with a claim of the article assigned to them, and the claim. */
async function setUp() {
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const article = await makeArticle(editor, `Comments ${randomUUID().slice(0, 8)}`);
  const created = await createClaim(editor, { articleId: article.id, ...spanOf(FIRST) });
  const claim = await assignReviewer(editor, { claimId: created.id, version: created.version, reviewerId: reviewer.actor.id });
  return { editor, reviewer, article, claim };
}

const handle = (person: ActorContext) => `@${handleOf(person.actor.email)}`;

async function mentionsOf(userId: string) {
  const db = await getDb();
  return db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, "mentioned")));
}

/** Makes a comment look as old as given, by the database's clock (no waiting). */
async function age(commentId: string, minutes: number) {
  const db = await getDb();
  await db.execute(sql`update ${comments} set created_at = now() - make_interval(mins => ${minutes}::int) where id = ${commentId}`);
}

describe("a claim's conversation", () => {
  test("lists comments oldest first with their authors; paragraphs are kept", async () => {
    const { editor, reviewer, claim } = await setUp();
    await addComment(editor, { claimId: claim.id, body: "Can you find the agency's figure?" });
    await addComment(reviewer, { claimId: claim.id, body: "  Found it.\r\n\r\nIt says 4.1 percent: https://stats.example.test/jobs  " });
    await addComment(editor, { claimId: claim.id, body: "Thanks." });

    const thread = await listClaimComments(editor, { claimId: claim.id });
    expect(thread.comments.map((c) => [c.authorName, c.body])).toEqual([
      [editor.actor.displayName, "Can you find the agency's figure?"],
      [reviewer.actor.displayName, "Found it.\n\nIt says 4.1 percent: https://stats.example.test/jobs"],
      [editor.actor.displayName, "Thanks."],
    ]);
    expect(thread.canComment).toBe(true);
    // The editor may change their own fresh comments, not the reviewer's.
    expect(thread.comments.map((c) => [c.canEdit, c.canDelete])).toEqual([
      [true, true],
      [false, false],
      [true, true],
    ]);
    expect(thread.mentionable.map((m) => m.handle)).toEqual(expect.arrayContaining([handleOf(editor.actor.email), handleOf(reviewer.actor.email)]));
  });

  test("empty, too long and unknown fields are refused, with words for editors", async () => {
    const { editor, claim } = await setUp();
    await expect(addComment(editor, { claimId: claim.id, body: "   \n " })).rejects.toThrow("Write a comment first.");
    await expect(addComment(editor, { claimId: claim.id, body: "x".repeat(5_001) })).rejects.toThrow(/under 5,000 characters/);
    await expect(addComment(editor, { claimId: claim.id, body: "ok", public: true } as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(addComment(editor, { claimId: randomUUID(), body: "ok" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addComment(editor, { claimId: claim.id, body: "x".repeat(5_000) })).resolves.toBeTruthy();
  });

  test("authors edit and delete their own comments for 15 minutes; after that they are told why not", async () => {
    const { editor, reviewer, claim } = await setUp();
    const { comment } = await addComment(reviewer, { claimId: claim.id, body: "First draft of a note." });
    const { comment: edited } = await editComment(reviewer, { commentId: comment.id, body: "A better note." });
    expect(edited).toMatchObject({ body: "A better note.", canEdit: true });
    expect(edited.editedAt).not.toBeNull();
    // Nobody changes someone else's comment, however fresh.
    await expect(editComment(editor, { commentId: comment.id, body: "Hijacked." })).rejects.toThrow("You can edit only your own comments.");
    await expect(deleteComment(editor, { commentId: comment.id })).rejects.toThrow("You can delete only your own comments.");

    await age(comment.id, 16);
    await expect(editComment(reviewer, { commentId: comment.id, body: "Too late." })).rejects.toThrow(/only in the first 15 minutes/);
    await expect(deleteComment(reviewer, { commentId: comment.id })).rejects.toBeInstanceOf(ForbiddenError);
    const thread = await listClaimComments(reviewer, { claimId: claim.id });
    expect(thread.comments).toEqual([expect.objectContaining({ body: "A better note.", canEdit: false, canDelete: false })]);

    const { comment: fresh } = await addComment(reviewer, { claimId: claim.id, body: "Posted by mistake." });
    await age(fresh.id, 14);
    await expect(deleteComment(reviewer, { commentId: fresh.id })).resolves.toEqual({ id: fresh.id, claimId: claim.id });
    expect((await listClaimComments(reviewer, { claimId: claim.id })).comments.map((c) => c.id)).toEqual([comment.id]);
  });

  test("an admin may delete any comment at any time; a return note is not edited by its author", async () => {
    const { editor, reviewer, claim } = await setUp();
    const admin = await makeUser("admin");
    const { comment } = await addComment(reviewer, { claimId: claim.id, body: "A password pasted by mistake." });
    await age(comment.id, 60 * 24);
    expect((await listClaimComments(admin, { claimId: claim.id })).comments[0]).toMatchObject({ canEdit: false, canDelete: true });
    await expect(editComment(admin, { commentId: comment.id, body: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await deleteComment(admin, { commentId: comment.id });

    const db = await getDb();
    const [note] = await db.insert(comments).values({ claimId: claim.id, authorId: editor.actor.id, body: "Add a source.", kind: "return" }).returning();
    await expect(editComment(editor, { commentId: note!.id, body: "x" })).rejects.toThrow(/part of its record/);
    expect((await listClaimComments(editor, { claimId: claim.id })).comments).toEqual([expect.objectContaining({ kind: "return", canEdit: false })]);
  });

  test("a deleted or edited comment's words leave the claim's history too (the audit log keeps them, for admins)", async () => {
    const { editor, reviewer, claim } = await setUp();
    const admin = await makeUser("admin");
    const { comment: pasted } = await addComment(editor, { claimId: claim.id, body: "Source's number: 555-0100" });
    await deleteComment(admin, { commentId: pasted.id });
    const { comment: typo } = await addComment(reviewer, { claimId: claim.id, body: "The agency's login is hunter2" });
    await editComment(reviewer, { commentId: typo.id, body: "Found the agency's figure." });
    const verdictId = (await listVerdicts(editor)).find((v) => v.label === "False")!.id;
    const send = async (version: number) =>
      reviewClaim(reviewer, { claimId: claim.id, version, verdictId, publicExplanation: "Official data say 4.1 percent.", sources: [], readyForSignoff: true });
    const returned = await returnClaim(editor, { claimId: claim.id, version: (await send(claim.version)).version, comment: "See the private file on Jane Doe" });
    const db = await getDb();
    const [note] = await db.select({ id: comments.id }).from(comments).where(and(eq(comments.claimId, claim.id), eq(comments.kind, "return")));
    await deleteComment(admin, { commentId: note!.id });
    await returnClaim(editor, { claimId: claim.id, version: (await send(returned.version)).version, comment: "Add a source, please." });

    for (const reader of [reviewer, editor]) {
      const history = await getClaimHistory(reader, claim.id);
      const said = JSON.stringify(history);
      expect(said).not.toContain("555-0100");
      expect(said).not.toContain("hunter2");
      expect(said).not.toContain("Jane Doe");
      // What the conversation still holds is told as before.
      expect(history.events.map((event) => event.detail).filter(Boolean)).toEqual(expect.arrayContaining(["Found the agency's figure.", "Add a source, please."]));
    }
    // The audit log still holds every word, for admins.
    const logged = rowsOf<{ after: string }>(await db.execute(sql`select after::text as after from audit_log where coalesce(after, before) ->> 'claimId' = ${claim.id} or entity_id = ${claim.id}`));
    expect(logged.map((row) => row.after).join(" ")).toEqual(expect.stringContaining("555-0100"));
  });

  test("mentions tell each colleague once; an edit tells only those newly mentioned", async () => {
    const { editor, reviewer, claim } = await setUp();
    const colleague = await makeUser("editor", "colleague");
    const body = `${handle(editor)} can you check this? ${handle(editor)}, ${handle(reviewer)} and @nobody-here.`;
    const posted = await addComment(reviewer, { claimId: claim.id, body });
    expect(posted.notified).toEqual([editor.actor.displayName]);
    expect(posted.unknownMentions).toEqual(["nobody-here"]);
    expect(await mentionsOf(reviewer.actor.id)).toEqual([]);
    expect(await mentionsOf(editor.actor.id)).toEqual([
      expect.objectContaining({ claimId: claim.id, commentId: posted.comment.id, actorId: reviewer.actor.id, readAt: null }),
    ]);

    const edited = await editComment(reviewer, { commentId: posted.comment.id, body: `${body} Also ${handle(colleague).toUpperCase()}` });
    expect(edited.notified).toEqual([colleague.actor.displayName]);
    expect(await mentionsOf(editor.actor.id)).toHaveLength(1);
    expect(await mentionsOf(colleague.actor.id)).toHaveLength(1);
    await editComment(reviewer, { commentId: posted.comment.id, body: `${handle(colleague)} ${handle(editor)}` });
    expect(await mentionsOf(colleague.actor.id)).toHaveLength(1);
  });

  test("only colleagues who can read the claim are mentioned; a shared local part needs the whole address", async () => {
    const { editor, claim } = await setUp();
    const outsider = await makeUser("reviewer", "outsider");
    const suffix = randomUUID().slice(0, 8);
    const system = await systemCtx();
    const { user: samA } = await createUser(system, { email: `sam-${suffix}@one.test`, displayName: "Sam One", role: "editor", password: "correct horse battery" });
    const { user: samB } = await createUser(system, { email: `sam-${suffix}@two.test`, displayName: "Sam Two", role: "editor", password: "correct horse battery" });

    const posted = await addComment(editor, { claimId: claim.id, body: `${handle(outsider)} @sam-${suffix} @sam-${suffix}@two.test` });
    expect(posted.notified).toEqual(["Sam Two"]);
    expect(posted.unknownMentions).toEqual([handleOf(outsider.actor.email), `sam-${suffix}`]);
    expect(await mentionsOf(outsider.actor.id)).toEqual([]);
    expect(await mentionsOf(samA.id)).toEqual([]);
    expect(await mentionsOf(samB.id)).toHaveLength(1);

    const { mentionable } = await listClaimComments(editor, { claimId: claim.id });
    const handles = mentionable.map((m) => m.handle);
    expect(handles).toContain(`sam-${suffix}@one.test`);
    expect(handles).not.toContain(handleOf(outsider.actor.email));
  });

  test("a reviewer comments only on claims assigned to them, and reads only articles they have a claim on", async () => {
    const { editor, reviewer, article, claim } = await setUp();
    const other = await createClaim(editor, { articleId: article.id, ...spanOf(SECOND) });
    await addComment(editor, { claimId: other.id, body: "Internal: the editor's view." });
    // Same article: they may read the other claim's conversation, but not take part in it.
    await expect(addComment(reviewer, { claimId: other.id, body: "May I?" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await listClaimComments(reviewer, { claimId: other.id })).toMatchObject({ canComment: false, comments: [{ body: "Internal: the editor's view." }] });

    const stranger = await makeUser("reviewer", "stranger");
    await expect(listClaimComments(stranger, { claimId: claim.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addComment(stranger, { claimId: claim.id, body: "Hello" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listClaimComments(await anonymousCtx(), { claimId: claim.id })).rejects.toThrow(/sign in/i);
  });

  test("every change is in the audit log under the claim; comments never reach a published version", async () => {
    const { editor, reviewer, article, claim } = await setUp();
    const verdict = (await listVerdicts(editor)).find((v) => v.label === "False")!;
    const marker = `INTERNAL-${randomUUID()}`;
    const { comment } = await addComment(reviewer, { claimId: claim.id, body: `${marker} first ${handle(editor)}` });
    await editComment(reviewer, { commentId: comment.id, body: `${marker} edited` });
    const { comment: gone } = await addComment(editor, { claimId: claim.id, body: `${marker} removed later` });
    await deleteComment(editor, { commentId: gone.id });
    const reviewed = await reviewClaim(reviewer, { claimId: claim.id, version: claim.version, verdictId: verdict.id, publicExplanation: "Official data say 4.1 percent.", sources: [], readyForSignoff: true });
    await signOffClaim(editor, { claimId: claim.id, version: reviewed.version });
    await publishAsShown(editor, article.id);

    const db = await getDb();
    const history = rowsOf<{ action: string; entity_id: string }>(
      await db.execute(sql`select action, entity_id from audit_log where coalesce(after, before) ->> 'claimId' = ${claim.id} order by id`),
    );
    expect(history).toEqual([
      { action: "comment.create", entity_id: comment.id },
      { action: "comment.edit", entity_id: comment.id },
      { action: "comment.create", entity_id: gone.id },
      { action: "comment.delete", entity_id: gone.id },
    ]);

    const version = await publishedVersion(article.slug);
    expect(version.snapshot.claims).toHaveLength(1);
    expect(JSON.stringify(version)).not.toContain(marker);
    const stored = JSON.stringify(await db.select().from(articleVersions).where(eq(articleVersions.articleId, article.id)));
    expect(stored).not.toContain(marker);
  });
});
