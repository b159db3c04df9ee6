import { describe, expect, test } from "vitest";
import { ValidationError } from "@/lib/core/errors";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { reviseArticleText } from "@/lib/services/articles/reviseArticleText";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { getPublishedClaim } from "@/lib/services/publishing/getPublishedClaim";
import { listPublicArticles } from "@/lib/services/publishing/listPublicArticles";
import { listPublishedClaims } from "@/lib/services/publishing/listPublishedClaims";
import { listPublishedVersions } from "@/lib/services/publishing/listPublishedVersions";
import { retractArticle } from "@/lib/services/publishing/retractArticle";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { anonymousCtx, makeArticle, makeUser, publishAsShown, SAMPLE_BODY, spanOf } from "./factories";

const FIRST = "The mayor said unemployment fell to 3.2 percent last year.";
const SECOND = "Critics say the figure leaves out part-time workers.";

/** An article with one signed-off claim (FIRST) and one claim still waiting for sign-off (SECOND). */
async function articleWithClaims(title: string) {
  const editor = await makeUser("editor");
  const approver = await makeUser("editor", "approver");
  const article = await makeArticle(editor, title);
  const verdicts = await listVerdicts(editor);
  const falseVerdict = verdicts.find((v) => v.label === "False")!;
  let approved = await createClaim(editor, { articleId: article.id, ...spanOf(FIRST) });
  approved = await reviewClaim(editor, { claimId: approved.id, version: approved.version, verdictId: falseVerdict.id, publicExplanation: "Official data show 4.1 percent.", sources: [], readyForSignoff: true });
  approved = await signOffClaim(approver, { claimId: approved.id, version: approved.version });
  let pending = await createClaim(editor, { articleId: article.id, ...spanOf(SECOND) });
  pending = await reviewClaim(editor, { claimId: pending.id, version: pending.version, verdictId: falseVerdict.id, publicExplanation: "INTERNAL DRAFT VERDICT", sources: [], readyForSignoff: true });
  return { editor, article, approved, pending };
}

const slugs = (items: { slug: string }[]) => items.map((i) => i.slug);

describe("public reads show only published data", () => {
  test("the article list: published articles with verdict counts of signed-off claims; drafts and retracted ones are absent", async () => {
    const published = await articleWithClaims("Published one");
    const draft = await articleWithClaims("Draft one");
    const retracted = await articleWithClaims("Retracted one");
    await publishAsShown(published.editor, published.article.id);
    await publishAsShown(retracted.editor, retracted.article.id);
    const shown = await getWorkspace(retracted.editor, retracted.article.id);
    await retractArticle(retracted.editor, { articleId: retracted.article.id, version: shown.article.version, reason: "Source withdrawn." });

    const list = await listPublicArticles(await anonymousCtx(), { perPage: 100 });
    expect(slugs(list.items)).toContain(published.article.slug);
    expect(slugs(list.items)).not.toContain(draft.article.slug);
    expect(slugs(list.items)).not.toContain(retracted.article.slug);
    expect(list.items.find((a) => a.slug === published.article.slug)).toMatchObject({ title: "Published one", latestVersion: 1, verdictCounts: { False: 1 } });
    expect(list.total).toBe(list.items.length);

    const first = await listPublicArticles(await anonymousCtx(), { page: 1, perPage: 1 });
    expect(first.items).toHaveLength(1);
    expect(first.items[0]!.slug).toBe(list.items[0]!.slug);
    await expect(listPublicArticles(await anonymousCtx(), { perPage: 1000 })).rejects.toThrow(/between 1 and 100/);
  });

  test("the feed's versions: every publication newest first, nothing of a retracted article", async () => {
    const { editor, article } = await articleWithClaims("Versioned");
    await publishAsShown(editor, article.id);
    await reviseArticleText(editor, { articleId: article.id, version: 1, body: `${SAMPLE_BODY}\nA later paragraph.` });
    await publishAsShown(editor, article.id, { changeNote: "Added a paragraph.", isCorrection: true });

    const entries = (await listPublishedVersions(await anonymousCtx(), { limit: 200 })).filter((e) => e.slug === article.slug);
    expect(entries).toMatchObject([
      { number: 2, isCorrection: true, changeNote: "Added a paragraph.", verdicts: ["False"] },
      { number: 1, isCorrection: false, verdicts: ["False"] },
    ]);
    expect(JSON.stringify(entries)).not.toContain("INTERNAL");

    const shown = await getWorkspace(editor, article.id);
    await retractArticle(editor, { articleId: article.id, version: shown.article.version, reason: "Withdrawn." });
    expect(slugs(await listPublishedVersions(await anonymousCtx()))).not.toContain(article.slug);
  });

  test("claims for ClaimReview: only signed-off claims of current versions, filtered by publication date", async () => {
    const { editor, article, approved, pending } = await articleWithClaims("Claims listed");
    await publishAsShown(editor, article.id);
    const all = await listPublishedClaims(await anonymousCtx(), { perPage: 100 });
    const ours = all.items.filter((i) => i.slug === article.slug);
    expect(ours.map((i) => i.claim.id)).toEqual([approved.id]);
    expect(ours[0]).toMatchObject({ index: 0, number: 1, source: { outlet: "Daily Example" }, claim: { statement: FIRST, verdict: { label: "False" } } });
    expect(JSON.stringify(all)).not.toContain(pending.id);

    const today = new Date().toISOString().slice(0, 10);
    expect(slugs((await listPublishedClaims(await anonymousCtx(), { since: today, until: today, perPage: 100 })).items)).toContain(article.slug);
    expect((await listPublishedClaims(await anonymousCtx(), { until: "2000-01-01" })).items).toEqual([]);
    expect((await listPublishedClaims(await anonymousCtx(), { since: "2999-01-01T00:00:00Z" })).total).toBe(0);

    // A retracted article's claims leave the list, and its count.
    const { article: shown } = await getWorkspace(editor, article.id);
    await retractArticle(editor, { articleId: article.id, version: shown.version, reason: "Source withdrawn." });
    const after = await listPublishedClaims(await anonymousCtx(), { perPage: 100 });
    expect(slugs(after.items)).not.toContain(article.slug);
    expect(after.total).toBe(all.total - 1);
  });

  test("bad dates and pages are refused with a clear message", async () => {
    const ctx = await anonymousCtx();
    await expect(listPublishedClaims(ctx, { since: "yesterday" })).rejects.toThrow(/YYYY-MM-DD/);
    await expect(listPublishedClaims(ctx, { since: "2026-05-02", until: "2026-05-01" })).rejects.toThrow(/since must be before until/);
    await expect(listPublishedClaims(ctx, { page: "0" })).rejects.toBeInstanceOf(ValidationError);
    await expect(listPublishedClaims(ctx, { page: "two" })).rejects.toThrow(/whole number/);
  });

  test("dates at the ends of the calendar: the last day sets no bound, a year the database cannot take is refused", async () => {
    const { editor, article } = await articleWithClaims("Claims at the calendar's end");
    await publishAsShown(editor, article.id);
    const ctx = await anonymousCtx();
    // The end of 9999-12-31 is the year 10000, which JavaScript writes as "+010000-…" and Postgres refuses.
    for (const until of ["9999-12-31", "9999-12-31T23:59:59Z"]) {
      expect(slugs((await listPublishedClaims(ctx, { until, perPage: 100 })).items), until).toContain(article.slug);
    }
    expect(slugs((await listPublishedClaims(ctx, { since: "0001-01-01", until: "9999-12-31", perPage: 100 })).items)).toContain(article.slug);
    expect((await listPublishedClaims(ctx, { since: "9999-12-31" })).total).toBe(0);
    for (const bad of [{ until: "0000-01-01" }, { since: "0000-01-01" }, { since: "0001-01-01T00:00:00+01:00" }, { until: "9999-12-31T23:00:00-05:00" }]) {
      const refusal = await listPublishedClaims(ctx, bad).catch((error: unknown) => error);
      expect(refusal, JSON.stringify(bad)).toBeInstanceOf(ValidationError);
      expect((refusal as ValidationError).message).toMatch(/from 0001-01-01 to 9999-12-31/);
    }
  });

  test("one claim for embeds: found while published, gone once retracted, never an unapproved one", async () => {
    const { editor, article, approved, pending } = await articleWithClaims("Embedded");
    const ctx = await anonymousCtx();
    expect(await getPublishedClaim(ctx, { claimId: approved.id })).toBeNull();
    await publishAsShown(editor, article.id);
    expect(await getPublishedClaim(ctx, { claimId: approved.id })).toMatchObject({ slug: article.slug, index: 0, claim: { id: approved.id, explanation: "Official data show 4.1 percent." } });
    expect(await getPublishedClaim(ctx, { claimId: pending.id })).toBeNull();
    expect(await getPublishedClaim(ctx, { claimId: "not-a-uuid" })).toBeNull();

    const shown = await getWorkspace(editor, article.id);
    await retractArticle(editor, { articleId: article.id, version: shown.article.version, reason: "Withdrawn." });
    expect(await getPublishedClaim(ctx, { claimId: approved.id })).toBeNull();
  });
});
