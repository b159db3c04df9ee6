import { and, desc, eq } from "drizzle-orm";
import { DOMParser } from "linkedom";
import { createElement } from "react";
import { beforeEach, describe, expect, test } from "vitest";
import { GET as articleGet } from "@/app/api/v1/articles/[slug]/route";
import { GET as claimReviewsGet } from "@/app/api/v1/claim-reviews/route";
import { EmbeddedClaim } from "@/components/embed/EmbeddedClaim";
import { PublicSearchForm } from "@/components/reader/PublicSearchForm";
import { AnnotatedText, highlightsOf } from "@/components/reader/AnnotatedText";
import { ClaimNotes } from "@/components/reader/ClaimNotes";
import { VerdictSummary } from "@/components/reader/VerdictSummary";
import { VerdictBadges } from "@/components/reader/VerdictBadges";
import { getDb } from "@/db/client";
import { articleVersions, auditLog } from "@/db/schema";
import { ValidationError } from "@/lib/core/errors";
import { languageAttributes } from "@/lib/domain/languages";
import type { PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
import { numberPublishedClaims, summariseVerdicts } from "@/lib/domain/readerClaims";
import { shareImageVerdicts } from "@/lib/domain/shareImageWords";
import { createArticle } from "@/lib/services/articles/createArticle";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { updateOrganisation } from "@/lib/services/organisation/updateOrganisation";
import { getPublishedClaim } from "@/lib/services/publishing/getPublishedClaim";
import { listPublishedArticles } from "@/lib/services/publishing/listPublishedArticles";
import { searchPublished } from "@/lib/services/publishing/searchPublished";
import { getRatingScale } from "@/lib/services/ratingScales/getRatingScale";
import type { RatingScaleDto, SaveRatingScaleInput } from "@/lib/services/ratingScales/ratingScaleDto";
import { saveRatingScale } from "@/lib/services/ratingScales/saveRatingScale";
import { claimReviewsOfVersion } from "@/lib/web/publicDocuments";
import { siteUrl } from "@/lib/web/siteUrl";
import { renderInLanguage } from "@/tests/fixtures/renderInLanguage";
import { tableDigest } from "./database";
import {
  anonymousCtx,
  changeVerdict,
  freshNewsroom,
  publishAsShown,
  publishedVersion,
  publishedWithFalse,
  SAMPLE_BODY,
  signedOffClaim,
  SPANISH_BODY,
  type ActorContext,
} from "./factories";

// A rating scale's own words are in the language they were written in, not the newsroom's: the default scale is
// English whatever the newsroom speaks. A Spanish newsroom that keeps it publishes "False" as English (ClaimReview's
// inLanguage beside its alternateName, lang on readers' pages), and "Falso" as Spanish where the scale translates it.

let admin: ActorContext;
let editor: ActorContext;
let approver: ActorContext;

beforeEach(async () => {
  ({ admin, editor, approver } = await freshNewsroom());
  await updateOrganisation(admin, { ...(await getOrganisation(await anonymousCtx())), interfaceLanguage: "es" });
});

/** The language `text` is marked with on a page in `page` (its nearest element that says one). */
function markedAs(html: string, text: string, page = "es"): string | null | undefined {
  const doc = new DOMParser().parseFromString(`<html lang="${page}"><body>${html}</body></html>`, "text/html");
  const holder = [...doc.querySelectorAll("body *")].find((element) => [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.trim() === text));
  if (!holder) throw new Error(`"${text}" is not in ${html}`);
  return holder.closest("[lang]")?.getAttribute("lang");
}

/** Every place the reader page's markup names the verdict `label`, with the language each is marked with. */
function everyMark(html: string, label: string, page = "es"): (string | null | undefined)[] {
  const doc = new DOMParser().parseFromString(`<html lang="${page}"><body>${html}</body></html>`, "text/html");
  return [...doc.querySelectorAll("body *")].flatMap((element) =>
    [...element.childNodes].filter((node) => node.nodeType === 3 && new RegExp(`\\b${label}\\b`).test(node.textContent ?? "")).map(() => element.closest("[lang]")?.getAttribute("lang")),
  );
}

/**
 * What the reader page (components/reader/PublishedArticle.tsx) shows of a version's verdicts, in Spanish: the summary,
 * the text with its claim markers and the notes (the page's popover reads the request, which a test has not).
 */
function readerPage(version: Awaited<ReturnType<typeof publishedVersion>>): string {
  const claims = numberPublishedClaims(version.snapshot);
  return renderInLanguage(
    createElement("article", null, [
      createElement(VerdictSummary, { key: "summary", counts: summariseVerdicts(claims) }),
      createElement(AnnotatedText, { key: "text", ...languageAttributes(version.snapshot.language), body: version.snapshot.body, highlights: highlightsOf(claims) }),
      createElement(ClaimNotes, { key: "notes", claims }),
    ]),
    "es",
  );
}

type Review = { inLanguage: string; reviewRating: { alternateName: string } };

/** The version's ClaimReviews as the reader page and the API give them: language and verdict name. */
async function reviewsOf(version: Awaited<ReturnType<typeof publishedVersion>>) {
  const page = claimReviewsOfVersion(siteUrl(), await getOrganisation(await anonymousCtx()), version).map((r) => [r.inLanguage, r.reviewRating.alternateName]);
  const listed = (await (await claimReviewsGet(new Request(`${siteUrl()}/api/v1/claim-reviews`))).json()) as { items: Review[] };
  return { page, api: listed.items.map((r) => [r.inLanguage, r.reviewRating.alternateName]) };
}

function withLanguage(scale: RatingScaleDto, language: string | undefined): SaveRatingScaleInput {
  return {
    version: scale.version,
    ...(language === undefined ? {} : { language }),
    verdicts: scale.verdicts.map(({ lineageId, label, description, colour, retired, translations }) => ({ lineageId, label, description, colour, retired, translations })),
  };
}

describe("a Spanish newsroom keeping the default English scale", () => {
  test("the default scale's words are English", async () => {
    expect((await getRatingScale(admin)).language).toBe("en");
  });

  test("an English article's review says English beside “False”, and readers' pages mark “False” as English", async () => {
    // The first sentence and "Rose.": too few words to tell their language.
    const { claim, version } = await publishedWithFalse(editor, approver, "Mayor on jobs", SAMPLE_BODY, "en");
    expect(version.snapshot.claims[0]!.verdict).toMatchObject({ label: "False", scaleLanguage: "en" });
    expect(version.snapshot.claims[0]!.verdict).not.toHaveProperty("language");
    expect(await reviewsOf(version)).toEqual({ page: [["en", "False"]], api: [["en", "False"]] });

    // The reader page (in Spanish): the summary badge, the marker in the text (spoken and shown) and the claim's badge.
    const page = readerPage(version);
    const marks = everyMark(page, "False");
    expect(marks.length).toBeGreaterThanOrEqual(3);
    expect(marks.every((lang) => lang === "en"), JSON.stringify(marks)).toBe(true);

    const reader = await anonymousCtx();
    expect(markedAs(renderInLanguage(createElement(EmbeddedClaim, { entry: (await getPublishedClaim(reader, { claimId: claim.id }))!, href: "/x" }), "es"), "False")).toBe("en");
    const [home] = await listPublishedArticles(reader, {});
    expect(home!.verdicts).toMatchObject([{ label: "False", language: "en" }]);
    expect(markedAs(renderInLanguage(createElement(VerdictBadges, { verdicts: home!.verdicts }), "es"), "False")).toBe("en");
    expect(shareImageVerdicts(version.snapshot.claims, "ar")).toMatchObject([{ label: "False", direction: "ltr" }]);
    const api = (await (await articleGet(new Request(`${siteUrl()}/api/v1/articles/${version.slug}`), { params: Promise.resolve({ slug: version.slug }) })).json()) as {
      claims: { verdict: { label: string; language: string | null } }[];
    };
    expect(api.claims.map((c) => c.verdict)).toMatchObject([{ label: "False", language: "en" }]);

    // The readers' search offers the verdict in the scale's words, marked as English.
    const found = await searchPublished(reader, { verdict: "False" });
    expect(found.verdictOptions).toEqual([{ label: "False", language: "en" }]);
    const form = renderInLanguage(createElement(PublicSearchForm, { query: "", verdict: found.verdict, verdictOptions: found.verdictOptions }), "es");
    expect(markedAs(form, "False")).toBe("en");
  });

  test("a Spanish article whose verdict the scale translates says Spanish beside “Falso”", async () => {
    await changeVerdict(admin, "False", { translations: { es: { label: "Falso", description: "No es cierto." } } });
    const { version } = await publishedWithFalse(editor, approver, "El desempleo", SPANISH_BODY, "es");
    expect(version.snapshot.claims[0]!.verdict).toMatchObject({ label: "Falso", language: "es", scaleLanguage: "en" });
    expect(await reviewsOf(version)).toEqual({ page: [["es", "Falso"]], api: [["es", "Falso"]] });
    const marks = everyMark(readerPage(version), "Falso");
    expect(marks.length).toBeGreaterThanOrEqual(3);
    expect(marks.every((lang) => lang === "es"), JSON.stringify(marks)).toBe(true);
  });

  test("the default scale names its verdicts in Spanish: the first Spanish article says “Falso” as Spanish, an English one “False”", async () => {
    // Nobody has touched the scale: the first article creates it, with the default's translations.
    const { version } = await publishedWithFalse(editor, approver, "El desempleo", SPANISH_BODY, "es");
    expect((await getRatingScale(admin)).version).toBe(1);
    expect(version.snapshot.claims[0]!.verdict).toMatchObject({ label: "Falso", description: "La afirmación no es correcta.", language: "es", scaleLanguage: "en" });
    expect(await reviewsOf(version)).toEqual({ page: [["es", "Falso"]], api: [["es", "Falso"]] });
    const marks = everyMark(readerPage(version), "Falso");
    expect(marks.length).toBeGreaterThanOrEqual(3);
    expect(marks.every((lang) => lang === "es"), JSON.stringify(marks)).toBe(true);
    expect(everyMark(readerPage(version), "False")).toEqual([]);

    const english = await publishedWithFalse(editor, approver, "Mayor on jobs", SAMPLE_BODY, "en");
    expect(english.version.snapshot.claims[0]!.verdict).toMatchObject({ label: "False", scaleLanguage: "en" });
    expect((await reviewsOf(english.version)).page).toEqual([["en", "False"]]);
    const englishMarks = everyMark(readerPage(english.version), "False");
    expect(englishMarks.length).toBeGreaterThanOrEqual(3);
    expect(englishMarks.every((lang) => lang === "en"), JSON.stringify(englishMarks)).toBe(true);
  });

  test("a version published before snapshots recorded the scale's language is read as it was: in the newsroom's", async () => {
    const { article, version } = await publishedWithFalse(editor, approver, "Mayor on jobs", SAMPLE_BODY, "en");
    const db = await getDb();
    const [row] = await db.select({ id: articleVersions.id, snapshot: articleVersions.snapshot }).from(articleVersions).where(eq(articleVersions.title, "Mayor on jobs"));
    const snapshot = row!.snapshot as PublishedSnapshot;
    const before = { ...snapshot, claims: snapshot.claims.map((claim) => ({ ...claim, verdict: { ...claim.verdict, scaleLanguage: undefined } })) };
    await db.update(articleVersions).set({ snapshot: before }).where(eq(articleVersions.id, row!.id));
    const old = await publishedVersion(version.slug);
    expect(await reviewsOf(old)).toEqual({ page: [["es", "False"]], api: [["es", "False"]] });
    expect(markedAs(readerPage(old), "False")).toBe("es");

    // Published again, "False" is said to be English: a new version, though no claim changed; then nothing is new.
    await expect(publishAsShown(editor, article.id, { changeNote: "The verdicts' words are marked as English." })).resolves.toMatchObject({ number: 2 });
    const again = await publishedVersion(version.slug);
    expect(await reviewsOf(again)).toEqual({ page: [["en", "False"]], api: [["en", "False"]] });
    expect(markedAs(readerPage(again), "False")).toBe("en");
    await expect(publishAsShown(editor, article.id, { changeNote: "Again." })).rejects.toThrow(/nothing new to publish/);
  });
});

describe("the scale's language in its editor", () => {
  test("is saved with a new version and audited; published versions keep the language they were published with", async () => {
    const { version: first } = await publishedWithFalse(editor, approver, "Mayor on jobs", SAMPLE_BODY, "en");
    const scale = await getRatingScale(admin);
    // Words rewritten in Spanish: the admin says so.
    const saved = await saveRatingScale(admin, {
      ...withLanguage(scale, "es"),
      verdicts: withLanguage(scale, "es").verdicts.map((v) => (v.label === "False" ? { ...v, label: "Falso", description: "No es cierto." } : v)),
    });
    expect({ language: saved.language, version: saved.version }).toEqual({ language: "es", version: scale.version + 1 });
    expect((await getRatingScale(admin)).language).toBe("es");
    const [entry] = await (await getDb())
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "rating_scale.update"), eq(auditLog.entityId, scale.scaleId)))
      .orderBy(desc(auditLog.createdAt))
      .limit(1);
    expect(entry).toMatchObject({ before: { language: "en" }, after: { language: "es" } });

    // A change of the language alone is a change; a save that leaves it out keeps it.
    expect((await saveRatingScale(admin, withLanguage(await getRatingScale(admin), "en"))).language).toBe("en");
    const described = withLanguage(await getRatingScale(admin), "es");
    expect((await saveRatingScale(admin, described)).language).toBe("es");
    const omitted = withLanguage(await getRatingScale(admin), undefined);
    omitted.verdicts[1]!.description = "Cierto en parte, pero da una impresión falsa.";
    expect((await saveRatingScale(admin, omitted)).language).toBe("es");

    const other = await createArticle(editor, { title: "Otro titular", body: SAMPLE_BODY, language: "en" });
    await signedOffClaim(editor, approver, other.id, SAMPLE_BODY.split("\n")[0]!, { label: "Falso" });
    await publishAsShown(editor, other.id);
    const second = await publishedVersion(other.slug);
    expect(second.snapshot.claims[0]!.verdict).toMatchObject({ label: "Falso", scaleLanguage: "es" });
    expect(claimReviewsOfVersion(siteUrl(), await getOrganisation(await anonymousCtx()), second).map((r) => [r.inLanguage, r.reviewRating.alternateName])).toEqual([["es", "Falso"]]);
    // The first version still says what it said.
    const kept = await publishedVersion(first.slug);
    expect(kept.snapshot.claims[0]!.verdict).toMatchObject({ label: "False", scaleLanguage: "en" });
    expect(claimReviewsOfVersion(siteUrl(), await getOrganisation(await anonymousCtx()), kept).map((r) => [r.inLanguage, r.reviewRating.alternateName])).toEqual([["en", "False"]]);
  });

  test("refuses a language not on the list, changing nothing", async () => {
    const scale = await getRatingScale(admin);
    const digest = await tableDigest();
    for (const language of ["xx", "", "english"]) {
      const error = await saveRatingScale(admin, withLanguage(scale, language)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors.language).toMatch(/Choose the language the verdicts' own words are written in/);
    }
    expect(await tableDigest()).toEqual(digest);
    expect((await getRatingScale(admin)).language).toBe("en");
  });
});
