import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, test } from "vitest";
import { GET as claimReviewsGet } from "@/app/api/v1/claim-reviews/route";
import { ClaimChangeList } from "@/components/reader/ClaimChangeList";
import { ClaimReviewJsonLd } from "@/components/reader/ClaimReviewJsonLd";
import { ValidationError } from "@/lib/core/errors";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { updateArticleDetails } from "@/lib/services/articles/updateArticleDetails";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { compareVersions } from "@/lib/services/publishing/compareVersions";
import { previewPublication } from "@/lib/services/publishing/previewPublication";
import { getRatingScale } from "@/lib/services/ratingScales/getRatingScale";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import type { RatingScaleDto } from "@/lib/services/ratingScales/ratingScaleDto";
import { saveRatingScale } from "@/lib/services/ratingScales/saveRatingScale";
import { articleDocument, claimReviewsOfVersion } from "@/lib/web/publicDocuments";
import { siteUrl } from "@/lib/web/siteUrl";
import { renderInLanguage } from "@/tests/fixtures/renderInLanguage";
import { resetDatabase, tableDigest } from "./database";
import { anonymousCtx, makeArticle, makeUser, publishAsShown, publishedVersion, SAMPLE_BODY, spanOf } from "./factories";

// Issue 17 point 1: what the ClaimReview JSON-LD MEANS to an aggregator that maps the number to true or false, read
// from the script element readers' pages carry (and from the API), not only whether it is valid.

type Ctx = Awaited<ReturnType<typeof makeUser>>;
let admin: Ctx;
let editor: Ctx;
let reviewer: Ctx;

beforeEach(async () => {
  await resetDatabase();
  admin = await makeUser("admin");
  editor = await makeUser("editor");
  reviewer = await makeUser("reviewer");
});

type Row = { lineageId: string | null; label: string; description: string; colour: string; retired: boolean; truthRank?: number | null };
const rowsOf = (scale: RatingScaleDto): Row[] => scale.verdicts.map(({ lineageId, label, description, colour, retired, truthRank }) => ({ lineageId, label, description, colour, retired, truthRank }));

/** What an aggregator that normalises ratingValue between worstRating and bestRating concludes. */
function aggregatorReading(rating: Record<string, unknown>): "true" | "false" | "in between" | "no rating" {
  if (rating.ratingValue === undefined) return "no rating";
  const [value, best, worst] = [Number(rating.ratingValue), Number(rating.bestRating), Number(rating.worstRating)];
  const share = (value - worst) / (best - worst);
  return share >= 0.75 ? "true" : share <= 0.25 ? "false" : "in between";
}

/** The JSON-LD of the reader page's script element, parsed as a consumer would. */
function scriptJsonLd(html: string): Record<string, unknown>[] {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error(`no JSON-LD in ${html}`);
  return JSON.parse(match[1]!) as Record<string, unknown>[];
}

/** Publishes the sample article with one claim per sentence, rated with the named verdicts in order. */
async function publishRated(labels: string[]) {
  return (await publishRatedArticle(labels)).version;
}

/** publishRated's article and its published version. */
async function publishRatedArticle(labels: string[]) {
  const article = await makeArticle(editor, `Rated ${labels.join(" ")}`);
  const verdicts = await listVerdicts(editor);
  const sentences = SAMPLE_BODY.split("\n");
  for (const [index, label] of labels.entries()) {
    let claim = await createClaim(editor, { articleId: article.id, ...spanOf(sentences[index]!) });
    claim = await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });
    claim = await reviewClaim(reviewer, {
      claimId: claim.id,
      version: claim.version,
      verdictId: verdicts.find((v) => v.label === label)!.id,
      publicExplanation: `Why it is ${label}.`,
      sources: [],
      readyForSignoff: true,
    });
    await signOffClaim(editor, { claimId: claim.id, version: claim.version });
  }
  await publishAsShown(editor, article.id);
  return { article, version: await publishedVersion(article.slug) };
}

describe("the default scale", () => {
  test("ranks its verdicts on a truth scale from False to True, and Unproven nowhere", async () => {
    const scale = await getRatingScale(admin);
    expect(scale.verdicts.map((v) => [v.label, v.truthRank])).toEqual([
      ["False", 1],
      ["Misleading", 2],
      ["Missing context", 3],
      ["Mostly true", 4],
      ["True", 5],
      ["Unproven", null],
    ]);
  });

  test("publishes Unproven with its name only, and False and True as the least and most true of five", async () => {
    const version = await publishRated(["Unproven", "False", "True"]);
    const organisation = await getOrganisation(await anonymousCtx());
    const html = renderToStaticMarkup(createElement(ClaimReviewJsonLd, { reviews: claimReviewsOfVersion(siteUrl(), organisation, version) }));
    const reviews = scriptJsonLd(html);
    expect(reviews.map((r) => r.reviewRating)).toEqual([
      { "@type": "Rating", alternateName: "Unproven" },
      { "@type": "Rating", alternateName: "False", ratingValue: 1, bestRating: 5, worstRating: 1 },
      { "@type": "Rating", alternateName: "True", ratingValue: 5, bestRating: 5, worstRating: 1 },
    ]);
    expect(reviews.map((r) => aggregatorReading(r.reviewRating as Record<string, unknown>))).toEqual(["no rating", "false", "true"]);
    // The API's list says the same, verdict by verdict.
    const api = (await (await claimReviewsGet(new Request(`${siteUrl()}/api/v1/claim-reviews`))).json()) as { items: Record<string, unknown>[] };
    const byStatement = new Map(api.items.map((r) => [r.claimReviewed, r.reviewRating]));
    expect(reviews.map((r) => byStatement.get(r.claimReviewed))).toEqual(reviews.map((r) => r.reviewRating));
    expect(articleDocument(siteUrl(), version).claims.map((c) => [c.verdict.label, c.verdict.truthRank, c.verdict.bestTruthRank])).toEqual([
      ["Unproven", null, 5],
      ["False", 1, 5],
      ["True", 5, 5],
    ]);
  });
});

describe("a scale edited with an unrated verdict", () => {
  test("an aggregator reads each verdict right, field by field, from the reader page's script element", async () => {
    const scale = await getRatingScale(admin);
    const rows = rowsOf(scale);
    // Satire (no place) goes between False and Misleading in the desk's order; Misleading and Missing context share 2.
    const satire: Row = { lineageId: null, label: "Satire", description: "Not meant as fact.", colour: "#6d28d9", retired: false, truthRank: null };
    const ranked = rows.map((r) => (r.label === "Missing context" ? { ...r, truthRank: 2 } : r.label === "Mostly true" ? { ...r, truthRank: 3 } : r.label === "True" ? { ...r, truthRank: 4 } : r));
    const saved = await saveRatingScale(admin, { version: scale.version, verdicts: [ranked[0]!, satire, ...ranked.slice(1)] });
    expect(saved.verdicts.map((v) => [v.label, v.position, v.truthRank])).toEqual([
      ["False", 1, 1],
      ["Satire", 2, null],
      ["Misleading", 3, 2],
      ["Missing context", 4, 2],
      ["Mostly true", 5, 3],
      ["True", 6, 4],
      ["Unproven", 7, null],
    ]);

    const version = await publishRated(["Satire", "True", "Misleading"]);
    const organisation = await getOrganisation(await anonymousCtx());
    const reviews = scriptJsonLd(renderToStaticMarkup(createElement(ClaimReviewJsonLd, { reviews: claimReviewsOfVersion(siteUrl(), organisation, version) })));
    expect(reviews).toHaveLength(3);
    const [satireReview, trueReview, misleadingReview] = reviews.map((r) => r.reviewRating as Record<string, unknown>);
    // Satire sits at position 2 of 7 on the desk's scale, but says nothing about truth: no number at all.
    expect(satireReview).toEqual({ "@type": "Rating", alternateName: "Satire" });
    expect(satireReview).not.toHaveProperty("ratingValue");
    expect(satireReview).not.toHaveProperty("bestRating");
    expect(satireReview).not.toHaveProperty("worstRating");
    // True is at position 6 of 7, but the best of the rated places (4 of 4): read as true, not "6/7".
    expect(trueReview).toEqual({ "@type": "Rating", alternateName: "True", ratingValue: 4, bestRating: 4, worstRating: 1 });
    expect(misleadingReview).toEqual({ "@type": "Rating", alternateName: "Misleading", ratingValue: 2, bestRating: 4, worstRating: 1 });
    expect([satireReview, trueReview, misleadingReview].map((r) => aggregatorReading(r!))).toEqual(["no rating", "true", "in between"]);
    for (const review of reviews) {
      expect(review["@type"]).toBe("ClaimReview");
      const rating = review.reviewRating as Record<string, unknown>;
      if (rating.ratingValue !== undefined) {
        expect(Number.isInteger(rating.ratingValue)).toBe(true);
        expect(rating.ratingValue as number).toBeGreaterThanOrEqual(rating.worstRating as number);
        expect(rating.ratingValue as number).toBeLessThanOrEqual(rating.bestRating as number);
      }
    }
  });

  test("a verdict saved without saying its place keeps the one it had; a new one has none", async () => {
    const scale = await getRatingScale(admin);
    const rows = rowsOf(scale).map(({ truthRank: _, ...row }) => row);
    const saved = await saveRatingScale(admin, { version: scale.version, verdicts: [...rows, { lineageId: null, label: "Not checkable", description: "", colour: "#4b5563", retired: false }] });
    expect(saved.verdicts.map((v) => v.truthRank)).toEqual([1, 2, 3, 4, 5, null, null]);
  });

  test("places with a gap, or not whole numbers, are refused and change nothing", async () => {
    const scale = await getRatingScale(admin);
    const before = await tableDigest();
    const gap = rowsOf(scale).map((r) => (r.label === "True" ? { ...r, truthRank: 7 } : r));
    const refused = await saveRatingScale(admin, { version: scale.version, verdicts: gap }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as Error).message).toMatch(/No verdict is at place 5 on the truth scale/);
    for (const truthRank of [0, 1.5, -1]) {
      const bad = rowsOf(scale).map((r) => (r.label === "True" ? { ...r, truthRank } : r));
      await expect(saveRatingScale(admin, { version: scale.version, verdicts: bad })).rejects.toBeInstanceOf(ValidationError);
    }
    expect(await tableDigest()).toEqual(before);
  });
});

describe("a published verdict the scale moves on its truth scale", () => {
  /** Publishes `label`, saves the scale as `edit` makes it, then a version that changes only the title. */
  async function movedByTheScale(label: string, edit: (rows: Row[]) => Row[]) {
    const { article: created, version: first } = await publishRatedArticle([label]);
    const scale = await getRatingScale(admin);
    await saveRatingScale(admin, { version: scale.version, verdicts: edit(rowsOf(scale)) });
    const { article } = await getWorkspace(editor, created.id);
    await updateArticleDetails(editor, { articleId: article.id, version: article.version, title: `${article.title}, retitled`, sourceOutlet: article.sourceOutlet });
    const preview = await previewPublication(editor, { articleId: article.id });
    await publishAsShown(editor, article.id, { changeNote: "New title." });
    const second = await publishedVersion(first.slug);
    const organisation = await getOrganisation(await anonymousCtx());
    const [before] = claimReviewsOfVersion(siteUrl(), organisation, first);
    const [after] = claimReviewsOfVersion(siteUrl(), organisation, second);
    const compared = await compareVersions(await anonymousCtx(), { slug: first.slug, from: 1, to: 2 });
    if (compared?.kind !== "comparison") throw new Error("no comparison");
    const told = renderInLanguage(createElement(ClaimChangeList, { changes: compared.claims, from: 1 })).replace(/<[^>]+>/g, "");
    return { first, second, before: before!, after: after!, preview, told, compared };
  }

  test("a verdict added above it: the review's numbers change, so it is modified, and readers are told the scale moved it", async () => {
    const { first, second, before, after, preview, told } = await movedByTheScale("Mostly true", (rows) => [
      ...rows,
      { lineageId: null, label: "Beyond doubt", description: "Proven by every record.", colour: "#166534", retired: false, truthRank: 6 },
    ]);
    expect(before.reviewRating).toEqual({ "@type": "Rating", alternateName: "Mostly true", ratingValue: 4, bestRating: 5, worstRating: 1 });
    expect(after.reviewRating).toEqual({ "@type": "Rating", alternateName: "Mostly true", ratingValue: 4, bestRating: 6, worstRating: 1 });
    // What an aggregator concludes changed ("true" at 4 of 5, "in between" at 4 of 6): the review was modified.
    expect([aggregatorReading(before.reviewRating), aggregatorReading(after.reviewRating)]).toEqual(["true", "in between"]);
    expect(after.datePublished).toBe(first.publishedAt.toISOString());
    expect(after.dateModified).toBe(second.publishedAt.toISOString());
    expect(articleDocument(siteUrl(), second).claims[0]!.modifiedAt).toBe(second.publishedAt.toISOString());
    expect(preview.claims).toMatchObject([{ kind: "changed", verdictChanged: true, verdictMoved: true, verdictFrom: "Mostly true", verdictTo: "Mostly true" }]);
    expect(told).toContain("The rating scale changed where Mostly true stands on its truth scale (the numbers search engines read). Nobody rated the claim again.");
  });

  test("a verdict put below it: readers are not told its verdict changed from itself to itself", async () => {
    const places: Record<string, number | null> = { False: 1, Misleading: 2, "Missing context": 4, "Mostly true": 5, True: 6, Unproven: null };
    const { after, told } = await movedByTheScale("Mostly true", (rows) => [
      ...rows.map((row) => ({ ...row, truthRank: places[row.label] })),
      { lineageId: null, label: "Half true", description: "Half of it holds.", colour: "#a16207", retired: false, truthRank: 3 },
    ]);
    expect(after.reviewRating).toEqual({ "@type": "Rating", alternateName: "Mostly true", ratingValue: 5, bestRating: 6, worstRating: 1 });
    expect(told).not.toContain("Verdict changed from Mostly true to Mostly true");
    expect(told).toContain("The rating scale changed where Mostly true stands on its truth scale");
  });

  test("a verdict that rates no truth is not moved by a verdict added above the others", async () => {
    const { after, compared } = await movedByTheScale("Unproven", (rows) => [
      ...rows,
      { lineageId: null, label: "Beyond doubt", description: "Proven by every record.", colour: "#166534", retired: false, truthRank: 6 },
    ]);
    expect(after.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unproven" });
    expect(after).not.toHaveProperty("dateModified");
    expect(compared.claims).toEqual([]);
  });
});
