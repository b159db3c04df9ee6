import { and, eq } from "drizzle-orm";
import { beforeEach, expect, test } from "vitest";
import { GET as feedGet } from "@/app/(public)/feed.xml/route";
import { GET as articleGet } from "@/app/api/v1/articles/[slug]/route";
import { GET as claimReviewsGet } from "@/app/api/v1/claim-reviews/route";
import { getDb } from "@/db/client";
import { articles, auditLog, claims } from "@/db/schema";
import { ForbiddenError, ValidationError } from "@/lib/core/errors";
import { createArticle } from "@/lib/services/articles/createArticle";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { suggestClaimsInTime } from "@/lib/services/articles/suggestClaimsInTime";
import { updateArticleDetails } from "@/lib/services/articles/updateArticleDetails";
import { acceptSuggestions } from "@/lib/services/claims/acceptSuggestions";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { compareVersions } from "@/lib/services/publishing/compareVersions";
import { previewPublication } from "@/lib/services/publishing/previewPublication";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { claimReviewsOfVersion } from "@/lib/web/publicDocuments";
import { siteUrl } from "@/lib/web/siteUrl";
import { resetDatabase, tableDigest } from "./database";
import { anonymousCtx, makeUser, publishAsShown, publishedVersion, SAMPLE_BODY, spanOf } from "./factories";

// Issue 20 point 2: each article has a language, detected when it is brought in and corrected by editors; claim
// suggestions follow it, and readers (page, ClaimReview, API, feed) are told it.

type Ctx = Awaited<ReturnType<typeof makeUser>>;
let editor: Ctx;
let approver: Ctx;

beforeEach(async () => {
  await resetDatabase();
  editor = await makeUser("editor");
  approver = await makeUser("editor", "approver");
});

const SPANISH = [
  "El alcalde dijo que el desempleo bajó al 3,2 por ciento el año pasado.",
  "Los críticos dicen que la cifra deja fuera a los trabajadores a tiempo parcial.",
  "«Construimos 4.000 viviendas nuevas», añadió el alcalde.",
].join("\n");

const ARABIC = "أعلنت وزارة الصحة تسجيل ٥٠٠ إصابة جديدة بفيروس كورونا خلال الأربع والعشرين ساعة الماضية.";

const title = (base: string) => `${base} ${Math.random().toString(36).slice(2, 8)}`;

async function languageOf(articleId: string) {
  const db = await getDb();
  const [row] = await db.select({ language: articles.language, version: articles.version }).from(articles).where(eq(articles.id, articleId));
  return row!;
}

async function auditOf(articleId: string, action: string) {
  const db = await getDb();
  return db.select().from(auditLog).where(and(eq(auditLog.entityId, articleId), eq(auditLog.action, action)));
}

async function signedOffClaim(articleId: string, quote: string, body: string) {
  const claim = await createClaim(editor, { articleId, ...spanOf(quote, body) });
  const verdictId = (await listVerdicts(editor)).find((v) => v.label === "False")!.id;
  const reviewed = await reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId, publicExplanation: "It rose.", sources: [], readyForSignoff: true });
  return signOffClaim(approver, { claimId: reviewed.id, version: reviewed.version });
}

async function apiArticle(slug: string) {
  const answer = await articleGet(new Request(`${siteUrl()}/api/v1/articles/${slug}`), { params: Promise.resolve({ slug }) });
  return (await answer.json()) as { language: string | null };
}

test("an article's language is detected from its text when it is brought in, and recorded in its audit entry", async () => {
  const spanish = await createArticle(editor, { title: title("Cifras del alcalde"), body: SPANISH });
  const english = await createArticle(editor, { title: title("Mayor's figures"), body: SAMPLE_BODY });
  const unsure = await createArticle(editor, { title: title("Numbers"), body: "12 345 678" });
  expect((await languageOf(spanish.id)).language).toBe("es");
  expect((await languageOf(english.id)).language).toBe("en");
  expect((await languageOf(unsure.id)).language).toBeNull();
  expect((await getWorkspace(editor, spanish.id)).article.language).toBe("es");
  expect((await auditOf(spanish.id, "article.create"))[0]!.after).toMatchObject({ language: "es" });
  // Given (the importer knew it): kept as given, not detected.
  const given = await createArticle(editor, { title: title("Given"), body: SAMPLE_BODY, language: "ca" });
  expect((await languageOf(given.id)).language).toBe("ca");
});

test("editors correct it as a versioned, audited change of the article's details; Unknown clears it", async () => {
  const article = await createArticle(editor, { title: title("Cifras"), body: SPANISH });
  const saved = await updateArticleDetails(editor, { articleId: article.id, version: 1, title: "Cifras del alcalde", language: "pt" });
  expect(saved.version).toBe(2);
  expect(await languageOf(article.id)).toEqual({ language: "pt", version: 2 });
  const [entry] = await auditOf(article.id, "article.update_details");
  expect(entry!.actorId).toBe(editor.actor.id);
  expect(entry!.before).toMatchObject({ language: "es" });
  expect(entry!.after).toMatchObject({ language: "pt" });

  // Left out (an older form): unchanged. Empty (the form's "Unknown"): null.
  await updateArticleDetails(editor, { articleId: article.id, version: 2, title: "Cifras del alcalde" });
  expect(await languageOf(article.id)).toEqual({ language: "pt", version: 3 });
  await updateArticleDetails(editor, { articleId: article.id, version: 3, title: "Cifras del alcalde", language: "" });
  expect(await languageOf(article.id)).toEqual({ language: null, version: 4 });
});

test("a code that is not one of the list is refused with a message for the field; a reviewer may not change it", async () => {
  const article = await createArticle(editor, { title: title("Cifras"), body: SPANISH });
  const reviewer = await makeUser("reviewer");
  const before = await tableDigest();
  for (const language of ["xx", "spanish", "es-ES", "zz"]) {
    const refusal = await updateArticleDetails(editor, { articleId: article.id, version: 1, title: "Cifras", language }).catch((error: unknown) => error);
    expect(refusal, language).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).fieldErrors.language).toBe("That is not a language we know: choose one from the list, or Unknown.");
  }
  await expect(createArticle(editor, { title: title("Bad"), body: SPANISH, language: "xx" })).rejects.toBeInstanceOf(ValidationError);
  expect(await tableDigest()).toEqual(before);
  // (A refusal of access leaves its own access.refused audit entry, and nothing else.)
  await expect(updateArticleDetails(reviewer, { articleId: article.id, version: 1, title: "Cifras", language: "pt" })).rejects.toBeInstanceOf(ForbiddenError);
  expect(await languageOf(article.id)).toEqual({ language: "es", version: 1 });
  expect(await auditOf(article.id, "article.update_details")).toEqual([]);
});

test("claim suggestions follow the article's language rather than the one detected", async () => {
  // A worker thread's start can take seconds on a busy machine: started here, outside the workspace's time budget.
  await suggestClaimsInTime("A warm-up.", null, 60_000);
  const article = await createArticle(editor, { title: title("Mayor's figures"), body: SAMPLE_BODY });
  expect((await getWorkspace(editor, article.id)).suggestionsLanguageWithoutModel).toBeNull();
  // Said to be French, for which there is no check-worthiness model: the workspace says so instead of suggesting.
  await updateArticleDetails(editor, { articleId: article.id, version: 1, title: "Mayor's figures", language: "fr" });
  const workspace = await getWorkspace(editor, article.id);
  expect(workspace.suggestionsOutOfTime).toBe(false);
  expect(workspace.suggestionsLanguageWithoutModel).toBe("fr");
  expect(workspace.suggestions).toEqual([]);
  // A sentence accepted as a claim all the same is scored by the article's language too: no model, no score.
  const { claimIds } = await acceptSuggestions(editor, { articleId: article.id, textRevision: 1, spans: [spanOf(SAMPLE_BODY.split("\n")[0]!)] });
  const db = await getDb();
  const [claim] = await db.select({ checkWorthiness: claims.checkWorthiness }).from(claims).where(eq(claims.id, claimIds[0]!));
  expect(claim!.checkWorthiness).toBeNull();
});

test("a published version carries the language; the API and the feed say it", async () => {
  const article = await createArticle(editor, { title: title("Cifras del alcalde"), body: SPANISH });
  await signedOffClaim(article.id, SPANISH.split("\n")[0]!, SPANISH);
  await publishAsShown(editor, article.id);
  const version = await publishedVersion(article.slug);
  expect(version.snapshot.language).toBe("es");

  // The review's statement is the article's Spanish sentence: it is in Spanish, though the scale has no Spanish words
  // (tests/unit/claimReview.test.ts, tests/integration/verdictWords.test.ts).
  const organisation = await getOrganisation(await anonymousCtx());
  expect(claimReviewsOfVersion(siteUrl(), organisation, version).map((review) => review.inLanguage)).toEqual(["es"]);
  const listed = (await (await claimReviewsGet(new Request(`${siteUrl()}/api/v1/claim-reviews`))).json()) as { items: { inLanguage?: string }[] };
  expect(listed.items.map((review) => review.inLanguage)).toEqual(["es"]);
  expect((await apiArticle(article.slug)).language).toBe("es");

  // The feed's words stay the site's; the entry says the article's.
  const xml = await (await feedGet(new Request(`${siteUrl()}/feed.xml`))).text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
  expect(xml).toContain('<entry xml:lang="es">');
  expect(xml).toContain('<summary type="text" xml:lang="en">');
  // (The reader page's markup: tests/unit/readerLanguage.test.ts.)
});

test("the language of an article the desk has none for is detected when it is published; nothing to detect, none is said", async () => {
  const arabic = await createArticle(editor, { title: "تصريحات الوزارة", body: ARABIC, language: "" });
  expect((await languageOf(arabic.id)).language).toBeNull();
  await publishAsShown(editor, arabic.id);
  const version = await publishedVersion(arabic.slug);
  expect(version.snapshot.language).toBe("ar");
  expect((await apiArticle(arabic.slug)).language).toBe("ar");

  // Nothing to detect: readers are told nothing (the page's language applies), the API says null.
  const unsure = await createArticle(editor, { title: title("Numbers"), body: "12 345 678" });
  await signedOffClaim(unsure.id, "12 345 678", "12 345 678");
  await publishAsShown(editor, unsure.id);
  const unknown = await publishedVersion(unsure.slug);
  expect(unknown.snapshot.language).toBeNull();
  expect((await apiArticle(unsure.slug)).language).toBeNull();
  const [review] = claimReviewsOfVersion(siteUrl(), await getOrganisation(await anonymousCtx()), unknown);
  // Its review is still in the newsroom's words.
  expect(review).toMatchObject({ inLanguage: "en" });
});

test("a corrected language is something new to publish, and the preview says so", async () => {
  const article = await createArticle(editor, { title: title("Xifres"), body: SPANISH });
  await publishAsShown(editor, article.id);
  expect(await previewPublication(editor, { articleId: article.id })).toMatchObject({ identical: true, languageChange: null });
  const { article: shown } = await getWorkspace(editor, article.id);
  await updateArticleDetails(editor, { articleId: article.id, version: shown.version, title: shown.title, language: "ca" });
  expect(await previewPublication(editor, { articleId: article.id })).toMatchObject({ identical: false, languageChange: { to: "ca" } });
  await publishAsShown(editor, article.id, { changeNote: "The article is in Catalan." });
  expect((await publishedVersion(article.slug)).snapshot.language).toBe("ca");
  // Readers comparing the versions are told.
  const comparison = await compareVersions(await anonymousCtx(), { slug: article.slug, from: 1, to: 2 });
  expect(comparison).toMatchObject({ kind: "comparison", languageChange: { to: "ca" } });
});
