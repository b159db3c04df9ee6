import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { articleVersions } from "@/db/schema";
import type { PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
import { createArticle } from "@/lib/services/articles/createArticle";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { searchPublished } from "@/lib/services/publishing/searchPublished";
import { getRatingScale } from "@/lib/services/ratingScales/getRatingScale";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import type { SaveRatingScaleInput } from "@/lib/services/ratingScales/ratingScaleDto";
import { saveRatingScale } from "@/lib/services/ratingScales/saveRatingScale";
import { resetDatabase } from "./database";
import { anonymousCtx, makeUser, publishAsShown, publishedVersion, SAMPLE_BODY, spanOf, type ActorContext } from "./factories";

// Readers' search by verdict filters by the verdict, not by the words it was published in: a Spanish article's claims
// rated False carry the scale's Spanish label ("Falso"), an English article's "False"; both are the one verdict.

let admin: ActorContext;
let editor: ActorContext;
let approver: ActorContext;

beforeEach(async () => {
  await resetDatabase();
  admin = await makeUser("admin");
  editor = await makeUser("editor");
  approver = await makeUser("editor", "approver");
});

const SPANISH = [
  "El alcalde dijo que el desempleo bajó al 3,2 por ciento el año pasado.",
  "Los críticos dicen que la cifra deja fuera a los trabajadores a tiempo parcial.",
].join("\n");

/** Saves a new version of the scale with the verdict now labelled `label` changed as `change` says. */
async function changeVerdict(label: string, change: { label?: string; translations?: SaveRatingScaleInput["verdicts"][number]["translations"] }) {
  const scale = await getRatingScale(admin);
  await saveRatingScale(admin, {
    version: scale.version,
    verdicts: scale.verdicts.map(({ lineageId, label: own, description, colour, retired, translations }) =>
      own === label ? { lineageId, label: change.label ?? own, description, colour, retired, translations: change.translations ?? translations } : { lineageId, label: own, description, colour, retired, translations },
    ),
  });
}

/** An article in `language` whose first sentence is a claim rated with the scale's "False", published. */
async function publishedWithFalse(title: string, body: string, language: string) {
  const article = await createArticle(editor, { title, body, language });
  const claim = await createClaim(editor, { articleId: article.id, ...spanOf(body.split("\n")[0]!, body) });
  const verdictId = (await listVerdicts(editor)).find((v) => v.label === "False")!.id;
  const reviewed = await reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId, publicExplanation: "Rose.", sources: [], readyForSignoff: true });
  await signOffClaim(approver, { claimId: reviewed.id, version: reviewed.version });
  await publishAsShown(editor, article.id);
  return publishedVersion(article.slug);
}

/** Both articles published: the English one's claim as "False", the Spanish one's as "Falso". */
async function falseInTwoLanguages() {
  await changeVerdict("False", { translations: { es: { label: "Falso", description: "No es cierto." } } });
  const english = await publishedWithFalse("Mayor on jobs", SAMPLE_BODY, "en");
  const spanish = await publishedWithFalse("El desempleo", SPANISH, "es");
  expect(spanish.snapshot.claims[0]!.verdict).toMatchObject({ label: "Falso", language: "es" });
  return { english, spanish };
}

const found = (result: Awaited<ReturnType<typeof searchPublished>>) => ({
  verdict: result.verdict,
  claims: result.claims.hits.map((hit) => `${hit.verdict.label}: ${hit.statement}`).sort(),
  total: result.claims.total,
});

describe("searching by verdict", () => {
  test("lists a verdict once and finds every claim given it, whatever language its label was published in", async () => {
    await falseInTwoLanguages();
    const reader = await anonymousCtx();
    const result = await searchPublished(reader, { verdict: "False" });
    expect(result.verdictOptions.filter((option) => /^Fals[eo]$/.test(option))).toEqual(["False"]);
    const bothClaims = {
      verdict: "False",
      claims: ["False: The mayor said unemployment fell to 3.2 percent last year.", "Falso: El alcalde dijo que el desempleo bajó al 3,2 por ciento el año pasado."],
      total: 2,
    };
    expect(found(result)).toEqual(bothClaims);
    // A link that names the verdict by its translation finds the same claims, under the newsroom's name.
    expect(found(await searchPublished(reader, { verdict: "Falso" }))).toEqual(bothClaims);
    // Articles narrowed to the verdict: the Spanish one has it too.
    const articles = await searchPublished(reader, { q: "desempleo", verdict: "False" });
    expect(articles.articles.hits.map((hit) => hit.title)).toEqual(["El desempleo"]);
    expect(articles.claims.total).toBe(1);
  });

  test("names a verdict in the scale's current words, and links made with its earlier name still find it", async () => {
    await falseInTwoLanguages();
    await changeVerdict("False", { label: "Untrue" });
    const reader = await anonymousCtx();
    const result = await searchPublished(reader, { verdict: "False" });
    expect(result.verdictOptions).toContain("Untrue");
    expect(result.verdictOptions).not.toContain("False");
    expect(found(result)).toMatchObject({ verdict: "Untrue", total: 2 });
    expect(found(await searchPublished(reader, { verdict: "Untrue" }))).toMatchObject({ verdict: "Untrue", total: 2 });
  });

  test("versions published before verdicts recorded their lineage are found by their scale version and place", async () => {
    const { spanish } = await falseInTwoLanguages();
    // As such a version was stored: no lineage on its verdicts.
    const db = await getDb();
    const [row] = await db.select({ id: articleVersions.id, snapshot: articleVersions.snapshot }).from(articleVersions).where(eq(articleVersions.title, spanish.snapshot.title));
    const snapshot = row!.snapshot as PublishedSnapshot;
    const bare = { ...snapshot, claims: snapshot.claims.map((claim) => ({ ...claim, verdict: { ...claim.verdict, lineageId: undefined } })) };
    await db.update(articleVersions).set({ snapshot: bare }).where(eq(articleVersions.id, row!.id));
    const result = await searchPublished(await anonymousCtx(), { verdict: "False" });
    expect(result.verdictOptions.filter((option) => /^Fals[eo]$/.test(option))).toEqual(["False"]);
    expect(result.claims.total).toBe(2);
  });

  test("a verdict no published claim has finds nothing and says so in the words asked", async () => {
    await falseInTwoLanguages();
    const result = await searchPublished(await anonymousCtx(), { verdict: "Pants on fire" });
    expect({ verdict: result.verdict, total: result.claims.total, notice: result.notice }).toEqual({ verdict: "Pants on fire", total: 0, notice: null });
  });
});
