import { AsyncLocalStorage } from "node:async_hooks";
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, publicState } from "@/db/schema";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/core/errors";
import type { RequestState } from "@/lib/core/requestState";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { reviseArticleText } from "@/lib/services/articles/reviseArticleText";
import { createClaim } from "@/lib/services/claims/createClaim";
import { addComment } from "@/lib/services/comments/addComment";
import { editClaim } from "@/lib/services/claims/editClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { getPublishedVersion } from "@/lib/services/publishing/getPublishedVersion";
import { listPublishedArticles } from "@/lib/services/publishing/listPublishedArticles";
import { publishArticle } from "@/lib/services/publishing/publishArticle";
import { retractArticle } from "@/lib/services/publishing/retractArticle";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { anonymousCtx, makeArticle, makeUser, publishAsShown, publishedVersion, SAMPLE_BODY, spanOf } from "./factories";

const UNEMPLOYMENT = "The mayor said unemployment fell to 3.2 percent last year.";

async function signedOffArticle() {
  const editor = await makeUser("editor");
  const approver = await makeUser("editor", "approver");
  const reviewer = await makeUser("reviewer");
  const article = await makeArticle(editor);
  const falseVerdict = (await listVerdicts(editor)).find((v) => v.label === "False")!;
  let claim = await createClaim(editor, { articleId: article.id, ...spanOf(UNEMPLOYMENT) });
  claim = await reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId: falseVerdict.id, publicExplanation: "Official data show 4.1 percent.", sources: [], readyForSignoff: true });
  claim = await signOffClaim(approver, { claimId: claim.id, version: claim.version });
  return { editor, approver, reviewer, article, claim };
}

async function generation(): Promise<number> {
  const [row] = await (await getDb()).select().from(publicState);
  return Number(row!.generation);
}

describe("publishing approved content", () => {
  test("a signed-off claim under review again stays public with what was approved, until a new verdict is signed off", async () => {
    const { editor, approver, article, claim } = await signedOffArticle();
    await publishAsShown(editor, article.id);
    const reopened = await editClaim(editor, { claimId: claim.id, version: claim.version, statement: "Unemployment fell to 3.2%.", claimant: "The mayor" });
    expect(reopened.status).toBe("needs_signoff");
    await reviseArticleText(editor, { articleId: article.id, version: 1, body: `${SAMPLE_BODY}\nA later paragraph.` });

    await publishAsShown(editor, article.id, { changeNote: "Added a paragraph." });
    const second = await publishedVersion(article.slug);
    expect(second.number).toBe(2);
    expect(second.snapshot.claims).toEqual([expect.objectContaining({ id: claim.id, statement: UNEMPLOYMENT, explanation: "Official data show 4.1 percent." })]);

    await signOffClaim(approver, { claimId: claim.id, version: reopened.version });
    await publishAsShown(editor, article.id, { changeNote: "Reworded the claim." });
    expect((await publishedVersion(article.slug)).snapshot.claims[0]).toMatchObject({ statement: "Unemployment fell to 3.2%.", claimant: "The mayor" });
  });

  test("every publication moves the public generation, so every cached page and feed is rebuilt", async () => {
    const { editor, article } = await signedOffArticle();
    const before = await generation();
    await publishAsShown(editor, article.id);
    expect(await generation()).toBeGreaterThan(before);
  });

  // The server (scripts/server.mjs) stops serving kept reader pages only while such a change runs; a busy desk's
  // other changes must leave the readers' cache alone, or it would never be used.
  test("a publication tells the server it is changing what readers see; a comment does not", async () => {
    const { editor, article, claim } = await signedOffArticle();
    const store = new AsyncLocalStorage<RequestState>();
    const key = Symbol.for("factdesk.requestState");
    const saved = (globalThis as Record<symbol, unknown>)[key];
    (globalThis as Record<symbol, unknown>)[key] = store;
    const told: string[] = [];
    const request = (name: string): RequestState => ({
      id: name,
      databaseUnavailable: false,
      onPublicChange: () => void told.push(`${name} changing`),
      onPublicChangeSettled: () => void told.push(`${name} settled`),
    });
    try {
      await store.run(request("comment"), () => addComment(editor, { claimId: claim.id, body: "Checked the figures twice." }));
      expect(told.filter((t) => t.endsWith("changing"))).toEqual([]);
      told.length = 0;
      await store.run(request("publish"), () => publishAsShown(editor, article.id));
      // Told before the commit, then once the transaction settled (the server re-reads the generation then).
      expect(told.filter((t) => t === "publish changing")).toHaveLength(1);
      expect(told.indexOf("publish changing")).toBeLessThan(told.lastIndexOf("publish settled"));
    } finally {
      (globalThis as Record<symbol, unknown>)[key] = saved;
    }
  });
});

describe("retraction", () => {
  test("a retracted fact-check tells readers when and why, shows nothing of its content and leaves the lists", async () => {
    const { editor, reviewer, article } = await signedOffArticle();
    await publishAsShown(editor, article.id);
    const { article: shown } = await getWorkspace(editor, article.id);
    const attempt = { articleId: article.id, version: shown.version, reason: "Our source withdrew the figures." };

    await expect(retractArticle(reviewer, attempt)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(retractArticle(editor, { ...attempt, reason: "  " })).rejects.toThrow(/Say why the fact-check is retracted/);
    await expect(retractArticle(editor, { ...attempt, version: shown.version + 1 })).rejects.toBeInstanceOf(ConflictError);
    const before = await generation();
    await retractArticle(editor, attempt);
    expect(await generation()).toBeGreaterThan(before);

    const seen = await getPublishedVersion(await anonymousCtx(), { slug: article.slug });
    expect(seen).toEqual({ kind: "retracted", slug: article.slug, title: "Mayor's claims", language: "en", version: 1, retractedAt: expect.any(Date), reason: attempt.reason });
    expect(JSON.stringify(seen)).not.toContain("4.1 percent");
    expect(await getPublishedVersion(await anonymousCtx(), { slug: article.slug, number: 1 })).toMatchObject({ kind: "retracted" });
    expect((await listPublishedArticles(await anonymousCtx())).map((a) => a.slug)).not.toContain(article.slug);
    await expect(retractArticle(editor, attempt)).rejects.toThrow(/already retracted/);

    const entries = await (await getDb()).select().from(auditLog).where(eq(auditLog.entityId, article.id));
    expect(entries.map((e) => e.action)).toContain("article.retract");

    // Publishing again brings it back as a new version, with a note.
    await publishAsShown(editor, article.id, { changeNote: "Republished with new sources." });
    expect(await publishedVersion(article.slug)).toMatchObject({ number: 2, changeNote: "Republished with new sources." });
    expect((await listPublishedArticles(await anonymousCtx())).map((a) => a.slug)).toContain(article.slug);
  });

  test("a publish form opened before a colleague retracted the fact-check cannot bring it back", async () => {
    const { editor, approver, article } = await signedOffArticle();
    await publishAsShown(editor, article.id);
    // The editor opens the publish form for a correction; meanwhile a colleague retracts the fact-check.
    const shown = await getWorkspace(editor, article.id);
    await retractArticle(approver, { articleId: article.id, version: shown.article.version, reason: "A court ordered it withdrawn." });
    const stale = { articleId: article.id, version: shown.article.version, textRevision: shown.article.textRevision, publishStamp: shown.publishStamp };
    await expect(publishArticle(editor, { ...stale, changeNote: "Typo fixed." })).rejects.toBeInstanceOf(ConflictError);
    expect(await getPublishedVersion(await anonymousCtx(), { slug: article.slug })).toMatchObject({ kind: "retracted", reason: "A court ordered it withdrawn." });
    // Seen retracted, it can be published again on purpose.
    await publishAsShown(editor, article.id, { changeNote: "Republished after the appeal." });
    expect(await publishedVersion(article.slug)).toMatchObject({ number: 2 });
  });

  test("a retract form opened before a colleague published a new version does not retract it unread", async () => {
    const { editor, approver, article, claim } = await signedOffArticle();
    await publishAsShown(editor, article.id);
    // The editor opens the retract form on version 1; meanwhile a colleague rewords the explanation and publishes 2.
    const shown = await getWorkspace(editor, article.id);
    const falseVerdict = (await listVerdicts(approver)).find((v) => v.label === "False")!;
    const reworded = await reviewClaim(approver, { claimId: claim.id, version: claim.version, verdictId: falseVerdict.id, publicExplanation: "The survey shows 4.1 percent.", sources: [], readyForSignoff: true });
    await signOffClaim(await makeUser("editor", "third"), { claimId: claim.id, version: reworded.version });
    await publishAsShown(approver, article.id, { changeNote: "Explanation reworded." });
    expect(await publishedVersion(article.slug)).toMatchObject({ number: 2 });

    const stale = { articleId: article.id, version: shown.article.version, publishedVersion: shown.article.publishedVersion!, reason: "The figures were wrong." };
    await expect(retractArticle(editor, stale)).rejects.toThrow(/Version 2 was published since you opened this page/);
    expect(await getPublishedVersion(await anonymousCtx(), { slug: article.slug })).toMatchObject({ kind: "published" });
    // Having read version 2, the editor can still retract it.
    await retractArticle(editor, { ...stale, publishedVersion: 2 });
    expect(await getPublishedVersion(await anonymousCtx(), { slug: article.slug })).toMatchObject({ kind: "retracted", reason: "The figures were wrong." });
  });

  test("an article never published cannot be retracted", async () => {
    const editor = await makeUser("editor");
    const article = await makeArticle(editor);
    await expect(retractArticle(editor, { articleId: article.id, version: 1, reason: "Wrong." })).rejects.toBeInstanceOf(ValidationError);
  });
});
