import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/core/errors";
import { reviseArticleText } from "@/lib/services/articles/reviseArticleText";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { editClaim } from "@/lib/services/claims/editClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { addComment } from "@/lib/services/comments/addComment";
import { discardDraft } from "@/lib/services/drafts/discardDraft";
import { listMyDrafts } from "@/lib/services/drafts/listMyDrafts";
import { saveDraft } from "@/lib/services/drafts/saveDraft";
import { SAMPLE_BODY, makeArticle, makeUser, spanOf } from "./factories";

const FIRST = "The mayor said unemployment fell to 3.2 percent last year.";
const typed = { verdictId: "", publicExplanation: "The agency's figure is 4.1 percent, not", sources: "https://stats.example.test/jobs", readyForSignoff: false };

async function setUp() {
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const article = await makeArticle(editor, `Drafts ${randomUUID().slice(0, 8)}`);
  const created = await createClaim(editor, { articleId: article.id, ...spanOf(FIRST) });
  const claim = await assignReviewer(editor, { claimId: created.id, version: created.version, reviewerId: reviewer.actor.id });
  return { editor, reviewer, article, claim };
}

describe("drafts", () => {
  test("keep what a person typed, replace their earlier draft, and are seen by nobody else", async () => {
    const { editor, reviewer, article, claim } = await setUp();
    const base = { articleId: article.id, form: "review" as const, claimId: claim.id, baseVersion: claim.version };
    await saveDraft(reviewer, { ...base, value: { ...typed, publicExplanation: "The agency" } });
    const saved = await saveDraft(reviewer, { ...base, value: typed });
    expect(saved).toMatchObject({ form: "review", claimId: claim.id, value: typed, baseVersion: claim.version });

    expect(await listMyDrafts(reviewer, { articleId: article.id })).toEqual([expect.objectContaining({ form: "review", value: typed })]);
    expect(await listMyDrafts(editor, { articleId: article.id })).toEqual([]);

    await saveDraft(editor, { articleId: article.id, form: "text", baseVersion: 1, value: { body: `${SAMPLE_BODY}\n\nA new paragraph.` } });
    await saveDraft(editor, { articleId: article.id, form: "comment", claimId: claim.id, baseVersion: claim.version, value: { body: "@reviewer can you" } });
    expect((await listMyDrafts(editor, { articleId: article.id })).map((d) => d.form)).toEqual(["comment", "text"]);
    expect(await listMyDrafts(reviewer, { articleId: article.id })).toHaveLength(1);
  });

  test("go when what they held is saved, or when their author discards them", async () => {
    const { editor, reviewer, article, claim } = await setUp();
    await saveDraft(reviewer, { articleId: article.id, form: "review", claimId: claim.id, baseVersion: claim.version, value: typed });
    await saveDraft(reviewer, { articleId: article.id, form: "comment", claimId: claim.id, baseVersion: claim.version, value: { body: "Which figure?" } });
    await saveDraft(editor, { articleId: article.id, form: "text", baseVersion: 1, value: { body: SAMPLE_BODY } });
    await saveDraft(editor, { articleId: article.id, form: "comment", claimId: claim.id, baseVersion: claim.version, value: { body: "Kept" } });

    await reviewClaim(reviewer, { claimId: claim.id, version: claim.version, verdictId: null, publicExplanation: typed.publicExplanation, sources: [], readyForSignoff: false });
    expect((await listMyDrafts(reviewer, { articleId: article.id })).map((d) => d.form)).toEqual(["comment"]);
    await addComment(reviewer, { claimId: claim.id, body: "Which figure?" });
    expect(await listMyDrafts(reviewer, { articleId: article.id })).toEqual([]);

    await reviseArticleText(editor, { articleId: article.id, version: 1, body: `${SAMPLE_BODY}\n\nAdded.` });
    expect((await listMyDrafts(editor, { articleId: article.id })).map((d) => d.form)).toEqual(["comment"]);
    await discardDraft(editor, { articleId: article.id, form: "comment", claimId: claim.id });
    expect(await listMyDrafts(editor, { articleId: article.id })).toEqual([]);
  });

  test("remember the version they were started from, so an older draft can say so", async () => {
    const { editor, reviewer, article, claim } = await setUp();
    await saveDraft(reviewer, { articleId: article.id, form: "review", claimId: claim.id, baseVersion: claim.version, value: typed });
    const edited = await editClaim(editor, { claimId: claim.id, version: claim.version, statement: "Unemployment fell to 3.2 percent last year.", claimant: "The mayor" });
    const [draft] = await listMyDrafts(reviewer, { articleId: article.id });
    expect(draft!.baseVersion).toBe(claim.version);
    expect(edited.version).toBeGreaterThan(draft!.baseVersion);
  });

  test("are refused on an article the person may not read, and for a claim of another article", async () => {
    const { article, claim } = await setUp();
    const stranger = await makeUser("reviewer");
    const input = { articleId: article.id, form: "review" as const, claimId: claim.id, baseVersion: 1, value: typed };
    await expect(saveDraft(stranger, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listMyDrafts(stranger, { articleId: article.id })).rejects.toBeInstanceOf(ForbiddenError);

    const other = await setUp();
    await expect(saveDraft(other.editor, { ...input, articleId: other.article.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveDraft(other.editor, { ...input, value: { ...typed, publicExplanation: "x".repeat(20_001) } })).rejects.toBeInstanceOf(ValidationError);
  });
});
