import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { articleVersions } from "@/db/schema";
import type { PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
import { searchPublished } from "@/lib/services/publishing/searchPublished";
import { anonymousCtx, changeVerdict, freshNewsroom, publishedWithFalse, SAMPLE_BODY, SPANISH_BODY, type ActorContext } from "./factories";

// Readers' search by verdict filters by the verdict, not by the words it was published in: a Spanish article's claims
// rated False carry the scale's Spanish label ("Falso"), an English article's "False"; both are the one verdict.

let admin: ActorContext;
let editor: ActorContext;
let approver: ActorContext;

beforeEach(async () => ({ admin, editor, approver } = await freshNewsroom()));

/** Both articles published: the English one's claim as "False", the Spanish one's as "Falso". */
async function falseInTwoLanguages() {
  await changeVerdict(admin, "False", { translations: { es: { label: "Falso", description: "No es cierto." } } });
  const english = (await publishedWithFalse(editor, approver, "Mayor on jobs", SAMPLE_BODY, "en")).version;
  const spanish = (await publishedWithFalse(editor, approver, "El desempleo", SPANISH_BODY, "es")).version;
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
    expect(result.verdictOptions.map((option) => option.label).filter((label) => /^Fals[eo]$/.test(label))).toEqual(["False"]);
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
    await changeVerdict(admin, "False", { label: "Untrue" });
    const reader = await anonymousCtx();
    const result = await searchPublished(reader, { verdict: "False" });
    expect(result.verdictOptions).toContainEqual({ label: "Untrue", language: "en" });
    expect(result.verdictOptions.map((option) => option.label)).not.toContain("False");
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
    expect(result.verdictOptions.map((option) => option.label).filter((label) => /^Fals[eo]$/.test(label))).toEqual(["False"]);
    expect(result.claims.total).toBe(2);
  });

  test("a verdict no published claim has finds nothing and says so in the words asked", async () => {
    await falseInTwoLanguages();
    const result = await searchPublished(await anonymousCtx(), { verdict: "Pants on fire" });
    expect({ verdict: result.verdict, total: result.claims.total, notice: result.notice }).toEqual({ verdict: "Pants on fire", total: 0, notice: null });
  });
});
