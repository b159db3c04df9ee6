import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { articleVersions, auditLog, comments } from "@/db/schema";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/core/errors";
import { createArticle } from "@/lib/services/articles/createArticle";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { reviseArticleText } from "@/lib/services/articles/reviseArticleText";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { getPublishedVersion } from "@/lib/services/publishing/getPublishedVersion";
import { listPublishedArticles } from "@/lib/services/publishing/listPublishedArticles";
import { publishArticle } from "@/lib/services/publishing/publishArticle";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { anonymousCtx, makeArticle, makeUser, publishAsShown, publishedVersion, SAMPLE_BODY, spanOf } from "./factories";

const UNEMPLOYMENT = "The mayor said unemployment fell to 3.2 percent last year.";
const HOMES = "“We built 4,000 new homes,” the mayor added.";

async function setUp() {
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const otherReviewer = await makeUser("reviewer", "other");
  const article = await makeArticle(editor);
  const verdicts = await listVerdicts(editor);
  const falseVerdict = verdicts.find((v) => v.label === "False")!;
  // Nobody signs off a verdict they submitted: a second editor approves what the first one reviewed.
  const approver = await makeUser("editor", "approver");
  return { editor, approver, reviewer, otherReviewer, article, falseVerdict };
}

describe("claims and reviews", () => {
  test("a claim keeps its exact quote and context; only editors create claims", async () => {
    const { editor, reviewer, article } = await setUp();
    const claim = await createClaim(editor, { articleId: article.id, ...spanOf(UNEMPLOYMENT) });
    expect(claim).toMatchObject({ quote: UNEMPLOYMENT, statement: UNEMPLOYMENT, status: "new", version: 1 });
    await expect(createClaim(reviewer, { articleId: article.id, ...spanOf(HOMES) })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createClaim(editor, { articleId: article.id, start: 5, end: 5 })).rejects.toBeInstanceOf(ValidationError);
    await expect(createClaim(editor, { articleId: article.id, start: 0, end: 10_000 })).rejects.toBeInstanceOf(ValidationError);
  });

  test("reviewers may review only the claims assigned to them", async () => {
    const { editor, reviewer, otherReviewer, article, falseVerdict } = await setUp();
    let claim = await createClaim(editor, { articleId: article.id, ...spanOf(UNEMPLOYMENT) });
    const review = { verdictId: falseVerdict.id, publicExplanation: "Official data show 4.1 percent.", sources: [] };
    await expect(reviewClaim(reviewer, { claimId: claim.id, version: claim.version, ...review })).rejects.toBeInstanceOf(ForbiddenError);
    claim = await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });
    await expect(reviewClaim(otherReviewer, { claimId: claim.id, version: claim.version, ...review })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(assignReviewer(reviewer, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id })).rejects.toBeInstanceOf(ForbiddenError);
    const reviewed = await reviewClaim(reviewer, { claimId: claim.id, version: claim.version, ...review, readyForSignoff: true });
    expect(reviewed).toMatchObject({ status: "needs_signoff", verdictId: falseVerdict.id });
    await expect(signOffClaim(reviewer, { claimId: claim.id, version: reviewed.version })).rejects.toBeInstanceOf(ForbiddenError);
  });

  test("the second of two saves from the same version gets a conflict, not a silent overwrite", async () => {
    const { editor, article, falseVerdict } = await setUp();
    const claim = await createClaim(editor, { articleId: article.id, ...spanOf(UNEMPLOYMENT) });
    const save = (explanation: string) =>
      reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId: falseVerdict.id, publicExplanation: explanation, sources: [] });
    const results = await Promise.allSettled([save("first"), save("second")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect(rejected.reason.message).toMatch(/someone else changed this claim/i);
  });

  test("a verdict from outside the rating scale and bad sources are refused", async () => {
    const { editor, article } = await setUp();
    const claim = await createClaim(editor, { articleId: article.id, ...spanOf(UNEMPLOYMENT) });
    await expect(
      reviewClaim(editor, { claimId: claim.id, version: 1, verdictId: "00000000-0000-4000-8000-000000000000", publicExplanation: "x", sources: [] }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      reviewClaim(editor, { claimId: claim.id, version: 1, verdictId: null, publicExplanation: "x", sources: [{ url: "javascript:alert(1)", title: "" }] }),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("publishing", () => {
  test("readers see only signed-off claims; internal notes and unapproved verdicts never reach a version", async () => {
    const { editor, approver, reviewer, article, falseVerdict } = await setUp();
    let signed = await createClaim(editor, { articleId: article.id, ...spanOf(UNEMPLOYMENT), claimant: "The mayor" });
    signed = await reviewClaim(editor, {
      claimId: signed.id,
      version: signed.version,
      verdictId: falseVerdict.id,
      publicExplanation: "Official data show 4.1 percent.",
      sources: [{ url: "https://stats.example.test/unemployment", title: "Labour statistics" }],
      readyForSignoff: true,
    });
    await signOffClaim(approver, { claimId: signed.id, version: signed.version });
    const desk = await getWorkspace(editor, article.id);
    expect(desk.claims.find((c) => c.id === signed.id)?.sources).toEqual([{ url: "https://stats.example.test/unemployment", title: "Labour statistics" }]);
    let pending = await createClaim(editor, { articleId: article.id, ...spanOf(HOMES) });
    pending = await assignReviewer(editor, { claimId: pending.id, version: pending.version, reviewerId: reviewer.actor.id });
    await reviewClaim(reviewer, { claimId: pending.id, version: pending.version, verdictId: falseVerdict.id, publicExplanation: "UNAPPROVED VERDICT TEXT", sources: [] });
    const db = await getDb();
    await db.insert(comments).values({ claimId: pending.id, authorId: reviewer.actor.id, body: "INTERNAL NOTE TEXT" });

    expect(await getPublishedVersion(await anonymousCtx(), { slug: article.slug })).toBeNull();
    await expect(publishAsShown(reviewer, article.id)).rejects.toBeInstanceOf(ForbiddenError);
    const first = await publishAsShown(editor, article.id);
    expect(first).toMatchObject({ number: 1, claimCount: 1 });

    const version = await publishedVersion(article.slug);
    expect(version?.snapshot.claims).toHaveLength(1);
    expect(version?.snapshot.claims[0]).toMatchObject({
      quote: UNEMPLOYMENT,
      claimant: "The mayor",
      verdict: { label: "False" },
      sources: [{ url: "https://stats.example.test/unemployment", title: "Labour statistics" }],
    });
    const raw = JSON.stringify(await db.select().from(articleVersions).where(eq(articleVersions.articleId, article.id)));
    expect(raw).not.toContain("UNAPPROVED VERDICT TEXT");
    expect(raw).not.toContain("INTERNAL NOTE TEXT");
    expect(raw).not.toContain(reviewer.actor.email);

    const listed = await listPublishedArticles(await anonymousCtx());
    expect(listed.map((a) => a.slug)).toContain(article.slug);
  });

  test("publishing names what the editor saw: a claim signed off or a text revised since then refuses it", async () => {
    const { editor, approver, article, falseVerdict } = await setUp();
    const shown = await getWorkspace(editor, article.id);
    const asShown = { articleId: article.id, version: shown.article.version, textRevision: shown.article.textRevision, publishStamp: shown.publishStamp };

    // Meanwhile a claim is signed off: publishing it would show readers a verdict the editor never saw here.
    let claim = await createClaim(editor, { articleId: article.id, ...spanOf(UNEMPLOYMENT) });
    claim = await reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId: falseVerdict.id, publicExplanation: "4.1 percent.", sources: [], readyForSignoff: true });
    await signOffClaim(approver, { claimId: claim.id, version: claim.version });
    await expect(publishArticle(editor, asShown)).rejects.toThrow(/changed since you opened this page/);

    // Meanwhile the text is revised.
    const reloaded = await getWorkspace(editor, article.id);
    await reviseArticleText(editor, { articleId: article.id, version: reloaded.article.version, body: `${reloaded.article.body}
A line added later.` });
    const stale = { articleId: article.id, version: reloaded.article.version, textRevision: reloaded.article.textRevision, publishStamp: reloaded.publishStamp };
    await expect(publishArticle(editor, stale)).rejects.toBeInstanceOf(ConflictError);

    expect(await getPublishedVersion(await anonymousCtx(), { slug: article.slug })).toBeNull();
    await expect(publishAsShown(editor, article.id)).resolves.toMatchObject({ number: 1, claimCount: 1 });
  });

  test("versions are numbered, immutable and listed in history; corrections need a note", async () => {
    const { editor, article } = await setUp();
    await publishAsShown(editor, article.id);
    // Nothing changed: publishing again would show readers the same thing.
    await expect(publishAsShown(editor, article.id, { changeNote: "Again." })).rejects.toThrow(/nothing new to publish/);
    await reviseArticleText(editor, { articleId: article.id, version: 1, body: `${SAMPLE_BODY}\nCorrection: the figure is for 2024.` });
    // From version 2 on, readers are told what changed.
    await expect(publishAsShown(editor, article.id, { isCorrection: true })).rejects.toThrow(/Say what changed since the last version/);
    const second = await publishAsShown(editor, article.id, { isCorrection: true, changeNote: "Corrected the figure." });
    expect(second.number).toBe(2);
    const latest = await publishedVersion(article.slug);
    expect(latest).toMatchObject({ number: 2, latestNumber: 2, isCorrection: true, changeNote: "Corrected the figure." });
    expect(latest?.history.map((h) => h.number)).toEqual([2, 1]);
    expect((await publishedVersion(article.slug, 1)).number).toBe(1);
    expect(await getPublishedVersion(await anonymousCtx(), { slug: article.slug, number: 3 })).toBeNull();
    expect(await getPublishedVersion(await anonymousCtx(), { slug: "../../etc/passwd" })).toBeNull();
  });

  // That every change is in the audit log is checked verb by verb in verbRegistry.test.ts.
  test("drafts are not listed to readers, and creating one is in the audit log", async () => {
    const editor = await makeUser("editor");
    const draft = await createArticle(editor, { title: "Unpublished draft", body: "Secret draft text." });
    expect((await listPublishedArticles(await anonymousCtx())).map((a) => a.slug)).not.toContain(draft.slug);
    expect(await getPublishedVersion(await anonymousCtx(), { slug: draft.slug })).toBeNull();
    const db = await getDb();
    const entries = await db.select().from(auditLog).where(eq(auditLog.entityId, draft.id));
    expect(entries).toEqual([expect.objectContaining({ action: "article.create", actorId: editor.actor.id })]);
  });
});
