import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { GET as claimReviewsGet } from "@/app/api/v1/claim-reviews/route";
import { getDb } from "@/db/client";
import { auditLog, verdicts } from "@/db/schema";
import { ValidationError } from "@/lib/core/errors";
import type { VerdictTranslations } from "@/lib/domain/verdictWords";
import { createArticle } from "@/lib/services/articles/createArticle";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { updateArticleDetails } from "@/lib/services/articles/updateArticleDetails";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { updateOrganisation } from "@/lib/services/organisation/updateOrganisation";
import { compareVersions } from "@/lib/services/publishing/compareVersions";
import { previewPublication } from "@/lib/services/publishing/previewPublication";
import { getRatingScale } from "@/lib/services/ratingScales/getRatingScale";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import type { RatingScaleDto, SaveRatingScaleInput } from "@/lib/services/ratingScales/ratingScaleDto";
import { saveRatingScale } from "@/lib/services/ratingScales/saveRatingScale";
import { claimReviewsOfVersion } from "@/lib/web/publicDocuments";
import { siteUrl } from "@/lib/web/siteUrl";
import { tableDigest } from "./database";
import { anonymousCtx, freshNewsroom, makeUser, publishAsShown, publishedVersion, SAMPLE_BODY, spanOf } from "./factories";

// Issue 20 point 2: the rating scale's labels and descriptions are translatable per language, and a verdict shows in
// the article's language on the reader page (and in its ClaimReview, the API, the feed: all read the snapshot).

type Ctx = Awaited<ReturnType<typeof makeUser>>;
let admin: Ctx;
let editor: Ctx;
let approver: Ctx;

beforeEach(async () => ({ admin, editor, approver } = await freshNewsroom()));

const FALSO = { label: "Falso", description: "La afirmación no es cierta." };

const SPANISH = [
  "El alcalde dijo que el desempleo bajó al 3,2 por ciento el año pasado.",
  "Los críticos dicen que la cifra deja fuera a los trabajadores a tiempo parcial.",
].join("\n");

/** The scale as the editor sends it back, each verdict's translations as `translate` gives them (by its own label). */
function withTranslations(scale: RatingScaleDto, translate: (label: string) => VerdictTranslations | undefined): SaveRatingScaleInput {
  return {
    version: scale.version,
    verdicts: scale.verdicts.map(({ lineageId, label, description, colour, retired, translations }) => ({
      lineageId,
      label,
      description,
      colour,
      retired,
      translations: translate(label) ?? translations,
    })),
  };
}

async function refusal(input: SaveRatingScaleInput): Promise<ValidationError> {
  const error = await saveRatingScale(admin, input).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

/** Publishes an article with one claim rated with the current scale's "False", signed off; its published version. */
async function publishedWithFalse(body: string, language?: string, statement?: string, publicExplanation = "Rose.") {
  const article = await createArticle(editor, { title: `Claims ${Math.random().toString(36).slice(2, 8)}`, body, ...(language !== undefined ? { language } : {}) });
  const claim = await createClaim(editor, { articleId: article.id, ...spanOf(body.split("\n")[0]!, body), ...(statement ? { statement } : {}) });
  const verdictId = (await listVerdicts(editor)).find((v) => v.label === "False")!.id;
  const reviewed = await reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId, publicExplanation, sources: [], readyForSignoff: true });
  await signOffClaim(approver, { claimId: reviewed.id, version: reviewed.version });
  const preview = await previewPublication(editor, { articleId: article.id });
  await publishAsShown(editor, article.id);
  return { article, preview, version: await publishedVersion(article.slug) };
}

describe("translations of the rating scale", () => {
  test("are saved as a new version of the scale, recorded in its audit entry, and kept when a save leaves them out", async () => {
    // The default scale comes translated (lib/domain/defaultRatingScale.ts): "False" is "Falso" in Spanish.
    const scale = await getRatingScale(admin);
    const shipped = scale.verdicts.find((v) => v.label === "False")!.translations;
    expect(Object.keys(shipped).sort()).toEqual(["ar", "es", "uk"]);
    expect(shipped.es!.label).toBe("Falso");

    const saved = await saveRatingScale(admin, withTranslations(scale, (label) => (label === "False" ? { es: { label: " Falso ", description: FALSO.description } } : undefined)));
    expect(saved.version).toBe(2);
    expect(saved.verdicts.find((v) => v.label === "False")!.translations).toEqual({ es: FALSO });
    const db = await getDb();
    const rows = await db.select().from(verdicts).where(and(eq(verdicts.label, "False"), eq(verdicts.scaleVersion, 2)));
    expect(rows[0]!.translations).toEqual({ es: FALSO });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, "rating_scale.update"));
    expect((entry!.before as { verdicts: { translations: unknown }[] }).verdicts[0]!.translations).toEqual(shipped);
    expect((entry!.after as { verdicts: { label: string; translations: unknown }[] }).verdicts.find((v) => v.label === "False")!.translations).toEqual({ es: FALSO });

    // A form that knows nothing of translations keeps them: it changes nothing, so nothing is saved.
    const unaware = { version: saved.version, verdicts: saved.verdicts.map(({ lineageId, label, description, colour, retired }) => ({ lineageId, label, description, colour, retired })) };
    await expect(saveRatingScale(admin, unaware)).rejects.toThrow(/Nothing has changed/);
    // A change of translations alone is a change of the scale; removing one too.
    const more = await saveRatingScale(admin, withTranslations(saved, (label) => (label === "True" ? { es: { label: "Verdadero", description: "" } } : undefined)));
    expect(more.version).toBe(3);
    const removed = await saveRatingScale(admin, withTranslations(more, (label) => (label === "False" ? {} : undefined)));
    expect(removed.version).toBe(4);
    expect(removed.verdicts.find((v) => v.label === "False")!.translations).toEqual({});
    expect(removed.verdicts.find((v) => v.label === "True")!.translations).toEqual({ es: { label: "Verdadero", description: "" } });
  });

  test("are refused, leaving every table as it was, for an unknown language, a missing name or a name two verdicts share", async () => {
    const scale = await getRatingScale(admin);
    const digest = await tableDigest();

    const unknown = await refusal(withTranslations(scale, (label) => (label === "False" ? { xx: FALSO } : undefined)));
    expect(unknown.fieldErrors["verdicts.0.translations.xx.language"]).toBe("That is not a language we know: choose one from the list.");
    const nameless = await refusal(withTranslations(scale, (label) => (label === "False" ? { es: { label: " ", description: FALSO.description } } : undefined)));
    expect(nameless.fieldErrors["verdicts.0.translations.es.label"]).toBe("Give the verdict a name in Spanish, or remove the translation.");
    const twice = await refusal(withTranslations(scale, (label) => (label === "False" || label === "Misleading" ? { es: FALSO } : undefined)));
    expect(twice.fieldErrors).toEqual({ "verdicts.1.translations.es.label": "Another verdict is already called “Falso” in Spanish. Each name must be different." });
    expect(twice.message).toBe("Another verdict is already called “Falso” in Spanish. Each name must be different.");
    const long = await refusal(withTranslations(scale, (label) => (label === "False" ? { es: { label: "F".repeat(61), description: "" } } : undefined)));
    expect(long.fieldErrors["verdicts.0.translations.es.label"]).toMatch(/under 60 characters/);
    // Unknown fields in a translation are refused as in the rest of the input.
    await refusal(withTranslations(scale, (label) => (label === "False" ? ({ es: { ...FALSO, colour: "#000000" } } as never) : undefined)));

    expect(await tableDigest()).toEqual(digest);
    expect((await getRatingScale(admin)).version).toBe(1);
  });
});

describe("a review whose words do not tell their language", () => {
  test("is in the newsroom's language of the day it was published, whatever the newsroom speaks later", async () => {
    // An English article, a statement too short to tell its language ("Rose." and the first sentence: under 12 words),
    // the scale's own words: the newsroom's language, English.
    const { version } = await publishedWithFalse(SAMPLE_BODY, "en");
    expect(version.snapshot.claims[0]!.newsroomLanguage).toBe("en");
    const newsroom = await getOrganisation(await anonymousCtx());
    await updateOrganisation(admin, { ...newsroom, interfaceLanguage: "es" });
    const [review] = claimReviewsOfVersion(siteUrl(), await getOrganisation(await anonymousCtx()), version);
    expect(review).toMatchObject({ inLanguage: "en" });
    const listed = (await (await claimReviewsGet(new Request(`${siteUrl()}/api/v1/claim-reviews`))).json()) as { items: { inLanguage?: string }[] };
    expect(listed.items).toMatchObject([{ inLanguage: "en" }]);
  });
});

describe("a verdict published with an article", () => {
  beforeEach(async () => {
    await saveRatingScale(admin, withTranslations(await getRatingScale(admin), (label) => (label === "False" ? { es: FALSO } : undefined)));
  });

  test("is in the article's language when the verdict has it: preview, snapshot, reader's version, ClaimReview and API agree", async () => {
    const { preview, version } = await publishedWithFalse(SPANISH, "es");
    expect(preview.claims).toMatchObject([{ kind: "added", claim: { verdict: "Falso" } }]);
    expect(version.snapshot.language).toBe("es");
    expect(version.snapshot.claims[0]!.verdict).toMatchObject({ label: "Falso", description: FALSO.description, colour: "#b91c1c", truthRank: 1, language: "es" });

    const [review] = claimReviewsOfVersion(siteUrl(), await getOrganisation(await anonymousCtx()), version);
    expect(review).toMatchObject({ inLanguage: "es", reviewRating: { alternateName: "Falso", ratingValue: 1 } });
    const listed = (await (await claimReviewsGet(new Request(`${siteUrl()}/api/v1/claim-reviews`))).json()) as { items: { inLanguage?: string; reviewRating: { alternateName: string } }[] };
    expect(listed.items).toMatchObject([{ inLanguage: "es", reviewRating: { alternateName: "Falso" } }]);
  });

  test("follows a language detected at publication, as inLanguage does", async () => {
    const { version } = await publishedWithFalse(SPANISH, "");
    expect(version.snapshot.language).toBe("es");
    expect(version.snapshot.claims[0]!.verdict.label).toBe("Falso");
  });

  test("is the same verdict when only the article's language is corrected: no change of verdict, no dateModified", async () => {
    const published = await publishedWithFalse(SPANISH, "en");
    const { version } = published;
    expect(version.snapshot.claims[0]!.verdict.label).toBe("False");
    const { article } = await getWorkspace(editor, published.article.id);
    await updateArticleDetails(editor, { articleId: article.id, version: article.version, title: article.title, language: "es" });
    const preview = await previewPublication(editor, { articleId: article.id });
    expect(preview.claims).toEqual([]);
    await publishAsShown(editor, article.id, { changeNote: "The article is in Spanish." });
    const second = await publishedVersion(article.slug);
    expect(second.snapshot.claims[0]!.verdict.label).toBe("Falso");
    const [review] = claimReviewsOfVersion(siteUrl(), await getOrganisation(await anonymousCtx()), second);
    expect(review).toMatchObject({ inLanguage: "es", reviewRating: { alternateName: "Falso" }, datePublished: version.publishedAt.toISOString() });
    expect(review).not.toHaveProperty("dateModified");
  });

  test("renamed by the scale is a change also in a version that corrects the article's language: compare, preview and dateModified say so", async () => {
    const arabic = "قال الوزير إن معدل البطالة في البلاد انخفض إلى ثلاثة في المائة في العام الماضي وهو أدنى مستوى منذ عشر سنوات.";
    const published = await publishedWithFalse(arabic, "ar");
    expect(published.version.snapshot.claims[0]!.verdict.label).toBe("False");
    const scale = await getRatingScale(admin);
    await saveRatingScale(admin, {
      version: scale.version,
      verdicts: scale.verdicts.map(({ lineageId, label, description, colour, retired, translations }) => ({ lineageId, label: label === "False" ? "Incorrect" : label, description, colour, retired, translations })),
    });
    const { article } = await getWorkspace(editor, published.article.id);
    await updateArticleDetails(editor, { articleId: article.id, version: article.version, title: article.title, language: "fa" });
    const preview = await previewPublication(editor, { articleId: article.id });
    expect(preview.claims).toMatchObject([{ kind: "changed", verdictChanged: true, verdictFrom: "False", verdictTo: "Incorrect" }]);
    await publishAsShown(editor, article.id, { changeNote: "The article is in Persian." });
    const second = await publishedVersion(article.slug);
    expect(second.snapshot.claims[0]!.verdict.label).toBe("Incorrect");
    const compared = await compareVersions(await anonymousCtx(), { slug: article.slug, from: 1, to: 2 });
    expect(compared?.kind === "comparison" && compared.claims).toMatchObject([{ kind: "changed", verdict: true }]);
    const [review] = claimReviewsOfVersion(siteUrl(), await getOrganisation(await anonymousCtx()), second);
    expect(review).toMatchObject({ reviewRating: { alternateName: "Incorrect" }, datePublished: published.version.publishedAt.toISOString(), dateModified: second.publishedAt.toISOString() });
  });

  test("keeps its own words in a language it has no translation for", async () => {
    const { preview, version } = await publishedWithFalse(SAMPLE_BODY, "en");
    expect(preview.claims).toMatchObject([{ kind: "added", claim: { verdict: "False" } }]);
    expect(version.snapshot.claims[0]!.verdict).toMatchObject({ label: "False", description: "The claim is inaccurate." });
    // Its own words are the newsroom's, which the page is in: nothing says another language.
    expect(version.snapshot.claims[0]!.verdict).not.toHaveProperty("language");
    const [review] = claimReviewsOfVersion(siteUrl(), await getOrganisation(await anonymousCtx()), version);
    expect(review).toMatchObject({ inLanguage: "en", reviewRating: { alternateName: "False" } });
  });
});

describe("a ClaimReview of an article in a language the scale has no words for", () => {
  test("is in the language of its words (here the newsroom's, English), on the page and in the API alike", async () => {
    // The default scale names "False" in Spanish: without that translation, the scale has no Spanish words for it.
    await saveRatingScale(admin, withTranslations(await getRatingScale(admin), (label) => (label === "False" ? {} : undefined)));
    const { version } = await publishedWithFalse(SPANISH, "es", "The mayor said unemployment fell to 3.2 percent last year.", "The statistics office published a rate of 12.4 percent for the year.");
    expect(version.snapshot.language).toBe("es");
    expect(version.snapshot.claims[0]!.verdict).not.toHaveProperty("language");

    const organisation = await getOrganisation(await anonymousCtx());
    expect(organisation.interfaceLanguage).toBe("en");
    const [review] = claimReviewsOfVersion(siteUrl(), organisation, version);
    expect(review).toMatchObject({ inLanguage: "en", reviewRating: { alternateName: "False" } });
    const listed = (await (await claimReviewsGet(new Request(`${siteUrl()}/api/v1/claim-reviews`))).json()) as { items: { inLanguage?: string; reviewRating: { alternateName: string } }[] };
    expect(listed.items).toMatchObject([{ inLanguage: "en", reviewRating: { alternateName: "False" } }]);
  });
});
