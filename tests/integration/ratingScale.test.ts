import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { publicState, verdicts } from "@/db/schema";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/core/errors";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { getClaimHistory } from "@/lib/services/claims/getClaimHistory";
import { listDeskClaims } from "@/lib/services/claims/listDeskClaims";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { updateOrganisation } from "@/lib/services/organisation/updateOrganisation";
import { getRatingScale } from "@/lib/services/ratingScales/getRatingScale";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import type { RatingScaleDto } from "@/lib/services/ratingScales/ratingScaleDto";
import { saveRatingScale } from "@/lib/services/ratingScales/saveRatingScale";
import { resetDatabase, tableDigest } from "./database";
import { makeArticle, makeUser, publishAsShown, publishedVersion, spanOf } from "./factories";
import { historyWhats } from "./historyWords";

const UNEMPLOYMENT = "The mayor said unemployment fell to 3.2 percent last year.";
const HOMES = "“We built 4,000 new homes,” the mayor added.";

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

/** The scale as the editor would send it back, changed by `edit`. */
function edited(scale: RatingScaleDto, edit: (rows: EditedRow[]) => EditedRow[] = (rows) => rows) {
  const rows = scale.verdicts.map(({ lineageId, label, description, colour, retired }): EditedRow => ({ lineageId, label, description, colour, retired }));
  return { version: scale.version, verdicts: edit(rows) };
}
type EditedRow = { lineageId: string | null; label: string; description: string; colour: string; retired: boolean };

function relabel(from: string, change: Partial<EditedRow>) {
  return (rows: EditedRow[]) => rows.map((row) => (row.label === from ? { ...row, ...change } : row));
}

/** A published article whose one claim was rated "False" on the first version of the scale. */
async function publishedFalseClaim() {
  const article = await makeArticle(editor);
  const falseVerdict = (await listVerdicts(editor)).find((v) => v.label === "False")!;
  let claim = await createClaim(editor, { articleId: article.id, ...spanOf(UNEMPLOYMENT) });
  claim = await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });
  claim = await reviewClaim(reviewer, { claimId: claim.id, version: claim.version, verdictId: falseVerdict.id, publicExplanation: "Official data say 4.1 percent.", sources: [], readyForSignoff: true });
  claim = await signOffClaim(editor, { claimId: claim.id, version: claim.version });
  await publishAsShown(editor, article.id);
  return { article, claim, falseVerdict };
}

async function generation(): Promise<number> {
  const [row] = await (await getDb()).select().from(publicState);
  return Number(row?.generation ?? 0);
}

describe("a change of the rating scale", () => {
  test("makes a new version and leaves published versions and recorded ratings as they were", async () => {
    const { article, claim, falseVerdict } = await publishedFalseClaim();
    const before = await getRatingScale(admin);
    expect(before.version).toBe(1);
    const generationBefore = await generation();

    const saved = await saveRatingScale(admin, edited(before, relabel("False", { label: "Wrong", colour: "#991b1b", description: "Not so." })));
    expect(saved.version).toBe(2);
    expect(saved.verdicts.find((v) => v.label === "Wrong")).toMatchObject({ colour: "#991b1b", claimCount: 1, lineageId: before.verdicts[0]!.lineageId });
    expect(await generation()).toBeGreaterThan(generationBefore);

    // Reviewers are offered the new version; the claim keeps the verdict row it was rated with.
    const offered = await listVerdicts(editor);
    expect(offered.map((v) => v.label)).toEqual(["Wrong", "Misleading", "Missing context", "Mostly true", "True", "Unproven"]);
    expect(offered.some((v) => v.id === falseVerdict.id)).toBe(false);
    const shown = await getWorkspace(editor, article.id);
    expect(shown.claims.find((c) => c.id === claim.id)).toMatchObject({ verdictId: falseVerdict.id, verdictLabel: "False", verdictColour: "#b91c1c", verdictLanguage: "en" });
    const listed = (await listDeskClaims(editor, { view: "claims", article: article.id })).claims;
    expect(listed.find((c) => c.id === claim.id)).toMatchObject({ verdictLabel: "False", verdictLanguage: "en" });

    // The published version readers see keeps the label and colour it was published with.
    const published = await publishedVersion(article.slug);
    expect(published.snapshot.claims[0]!.verdict).toMatchObject({ label: "False", colour: "#b91c1c", scaleVersion: 1 });
    const [oldRow] = await (await getDb()).select().from(verdicts).where(eq(verdicts.id, falseVerdict.id));
    expect(oldRow).toMatchObject({ label: "False", colour: "#b91c1c", scaleVersion: 1, retired: false });
    // The desk's verdict filter finds claims rated on any version of the same verdict.
    const wrong = offered.find((v) => v.label === "Wrong")!;
    expect((await listDeskClaims(editor, { view: "claims", verdict: wrong.id })).claims.map((c) => c.id)).toEqual([claim.id]);
    const misleading = offered.find((v) => v.label === "Misleading")!;
    expect((await listDeskClaims(editor, { view: "claims", verdict: misleading.id })).claims).toEqual([]);
  });

  test("a new version names a verdict as the scale does now, so one version never names one verdict two ways; a retired one as it was rated", async () => {
    const { article } = await publishedFalseClaim();
    const second = await createClaim(editor, { articleId: article.id, ...spanOf(HOMES) });
    await saveRatingScale(admin, edited(await getRatingScale(admin), relabel("False", { label: "Wrong", colour: "#991b1b" })));
    const wrong = (await listVerdicts(editor)).find((v) => v.label === "Wrong")!;
    let claim = await assignReviewer(editor, { claimId: second.id, version: second.version, reviewerId: reviewer.actor.id });
    claim = await reviewClaim(reviewer, { claimId: claim.id, version: claim.version, verdictId: wrong.id, publicExplanation: "The council counts 2,100.", sources: [], readyForSignoff: true });
    await signOffClaim(editor, { claimId: claim.id, version: claim.version });
    await publishAsShown(editor, article.id, { changeNote: "A second claim." });
    const labels = async () => (await publishedVersion(article.slug)).snapshot.claims.map((c) => [c.verdict.label, c.verdict.colour, c.verdict.scaleVersion]);
    expect(await labels()).toEqual([
      ["Wrong", "#991b1b", 2],
      ["Wrong", "#991b1b", 2],
    ]);
    // Version 1 keeps what it said.
    expect((await publishedVersion(article.slug, 1)).snapshot.claims.map((c) => c.verdict.label)).toEqual(["False"]);

    // Retired since: there is no name for it now, so it keeps the one it was rated with.
    await saveRatingScale(admin, edited(await getRatingScale(admin), relabel("Wrong", { retired: true })));
    await publishAsShown(editor, article.id, { changeNote: "Again." });
    expect(await labels()).toEqual([
      ["False", "#b91c1c", 1],
      ["Wrong", "#991b1b", 2],
    ]);
  });

  test("a claim can be reviewed again keeping its earlier verdict; a new rating uses the current scale", async () => {
    const { claim, falseVerdict } = await publishedFalseClaim();
    await saveRatingScale(admin, edited(await getRatingScale(admin), relabel("False", { label: "Wrong" })));
    const kept = await reviewClaim(reviewer, { claimId: claim.id, version: claim.version, verdictId: falseVerdict.id, publicExplanation: "Official data say 4.1 percent, not 3.2.", sources: [], readyForSignoff: true });
    expect(kept.verdictId).toBe(falseVerdict.id);
    const wrong = (await listVerdicts(editor)).find((v) => v.label === "Wrong")!;
    const rerated = await reviewClaim(reviewer, { claimId: claim.id, version: kept.version, verdictId: wrong.id, publicExplanation: "Official data say 4.1 percent.", sources: [], readyForSignoff: true });
    expect(rerated.verdictId).toBe(wrong.id);
  });

  test("a review saved again after the scale changed keeps its verdict, and the claim's history does not call it a change", async () => {
    const { claim } = await publishedFalseClaim();
    const misleading = (await listVerdicts(editor)).find((v) => v.label === "Misleading")!;
    let saved = await reviewClaim(reviewer, { claimId: claim.id, version: claim.version, verdictId: misleading.id, publicExplanation: "Partly right.", sources: [], readyForSignoff: false });
    await saveRatingScale(admin, edited(await getRatingScale(admin), relabel("Misleading", { description: "Creates a false impression." })));
    // The form, reloaded, offers the new version's row of the same verdict.
    const now = (await listVerdicts(editor)).find((v) => v.label === "Misleading")!;
    saved = await reviewClaim(reviewer, { claimId: claim.id, version: saved.version, verdictId: now.id, publicExplanation: "Partly right, as the survey shows.", sources: [], readyForSignoff: true });
    expect(saved.verdictId).toBe(now.id);
    expect(now.id).not.toBe(misleading.id);
    const events = historyWhats(await getClaimHistory(editor, claim.id));
    expect(events.at(-2)).toMatch(/changed the verdict from “False” .* to “Misleading”/);
    expect(events.at(-1)).toBe("edited the public explanation and sent it for sign-off");
  });

  test("a review form shown the scale before an admin saved it still saves, rated with that verdict as it is now", async () => {
    const { claim } = await publishedFalseClaim();
    const shown = (await listVerdicts(editor)).find((v) => v.label === "Misleading")!;
    await saveRatingScale(admin, edited(await getRatingScale(admin), relabel("Misleading", { description: "Creates a false impression." })));
    const now = (await listVerdicts(editor)).find((v) => v.label === "Misleading")!;
    expect(now.id).not.toBe(shown.id);
    const saved = await reviewClaim(reviewer, { claimId: claim.id, version: claim.version, verdictId: shown.id, publicExplanation: "Partly right.", sources: [], readyForSignoff: false });
    expect(saved.verdictId).toBe(now.id);
  });

  test("adds, reorders and describes verdicts, and a new one is offered to reviewers at its place", async () => {
    const scale = await getRatingScale(admin);
    const saved = await saveRatingScale(
      admin,
      edited(scale, (rows) => [rows[0]!, { lineageId: null, label: "Exaggerated", description: "Bigger than the facts.", colour: "#9a3412", retired: false }, ...rows.slice(1).reverse()]),
    );
    expect(saved.verdicts.map((v) => [v.position, v.label])).toEqual([
      [1, "False"],
      [2, "Exaggerated"],
      [3, "Unproven"],
      [4, "True"],
      [5, "Mostly true"],
      [6, "Missing context"],
      [7, "Misleading"],
    ]);
    const offered = await listVerdicts(reviewer);
    expect(offered.find((v) => v.label === "Exaggerated")).toMatchObject({ position: 2, description: "Bigger than the facts." });
  });

  test("a verdict in use can be retired, not deleted; an unused one can be deleted", async () => {
    const { claim, falseVerdict } = await publishedFalseClaim();
    const scale = await getRatingScale(admin);

    const digest = await tableDigest();
    const deleting = saveRatingScale(admin, edited(scale, (rows) => rows.filter((r) => r.label !== "False")));
    await expect(deleting).rejects.toBeInstanceOf(ValidationError);
    await expect(deleting).rejects.toThrow(/“False” \(1 claim\).*Retire it instead/);
    expect(await tableDigest()).toEqual(digest);

    const retired = await saveRatingScale(admin, edited(scale, relabel("False", { retired: true })));
    // Retired verdicts go last, after every verdict still given.
    expect(retired.verdicts.at(-1)).toMatchObject({ label: "False", retired: true, claimCount: 1, position: 6 });
    expect((await listVerdicts(editor)).map((v) => v.label)).not.toContain("False");
    expect((await getWorkspace(editor, (await makeArticle(editor)).id)).verdicts.map((v) => v.label)).not.toContain("False");

    // Nobody can give it now, but the claim rated with it keeps it.
    const other = await createClaim(editor, { articleId: claim.articleId, ...spanOf(HOMES) });
    const retiredNow = await (await getDb()).select().from(verdicts).where(eq(verdicts.lineageId, retired.verdicts.at(-1)!.lineageId));
    for (const row of retiredNow) {
      await expect(reviewClaim(editor, { claimId: other.id, version: other.version, verdictId: row.id, publicExplanation: "x", sources: [], readyForSignoff: false })).rejects.toBeInstanceOf(
        ValidationError,
      );
    }
    expect((await getWorkspace(editor, claim.articleId)).claims.find((c) => c.id === claim.id)?.verdictId).toBe(falseVerdict.id);

    const unused = await saveRatingScale(admin, edited(retired, (rows) => rows.filter((r) => r.label !== "Unproven")));
    expect(unused.verdicts.map((v) => v.label)).toEqual(["Misleading", "Missing context", "Mostly true", "True", "False"]);
  });

  test("a save based on an older version is refused with the scale as it is now, and changes nothing", async () => {
    const scale = await getRatingScale(admin);
    await saveRatingScale(admin, edited(scale, relabel("True", { label: "Accurate" })));
    const digest = await tableDigest();
    const stale = saveRatingScale(admin, edited(scale, relabel("False", { label: "Wrong" })));
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    const error = (await stale.catch((e: unknown) => e)) as ConflictError;
    expect(error.detail).toContain("5. Accurate (#15803d, truth 5)");
    expect(error.detail).toContain("6. Unproven (#4b5563, not on the truth scale)");
    expect(await tableDigest()).toEqual(digest);
    expect((await getRatingScale(admin)).version).toBe(2);
  });

  test("two admins saving at the same moment: exactly one succeeds", async () => {
    const scale = await getRatingScale(admin);
    const other = await makeUser("admin", "other-admin");
    const results = await Promise.allSettled([
      saveRatingScale(admin, edited(scale, relabel("True", { label: "Accurate" }))),
      saveRatingScale(other, edited(scale, relabel("True", { label: "Correct" }))),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")?.reason).toBeInstanceOf(ConflictError);
    expect((await getRatingScale(admin)).version).toBe(2);
  });

  test("refuses what readers could not see or tell apart, saying which field is wrong", async () => {
    const scale = await getRatingScale(admin);
    const refusal = async (input: ReturnType<typeof edited>) => (await saveRatingScale(admin, input).catch((e: unknown) => e)) as ValidationError;

    const pale = await refusal(edited(scale, relabel("False", { colour: "#fde68a" })));
    expect(pale).toBeInstanceOf(ValidationError);
    expect(pale.fieldErrors["verdicts.0.colour"]).toMatch(/Too light.*3:1/);
    expect((await refusal(edited(scale, relabel("False", { colour: "red" })))).fieldErrors["verdicts.0.colour"]).toMatch(/six hex digits/);
    // The later of the two is marked.
    expect((await refusal(edited(scale, relabel("False", { label: "true " })))).fieldErrors["verdicts.4.label"]).toMatch(/already called “True”/);
    expect((await refusal(edited(scale, relabel("False", { label: "  " })))).fieldErrors["verdicts.0.label"]).toMatch(/name/);
    expect((await refusal(edited(scale, (rows) => rows.map((r) => ({ ...r, retired: true }))))).message).toMatch(/at least one verdict/);
    expect((await refusal(edited(scale))).message).toMatch(/Nothing has changed/);
    expect((await refusal({ ...edited(scale), verdicts: [{ lineageId: null, label: "X", description: "", colour: "#000000", retired: false, extra: 1 }] } as never))).toBeInstanceOf(
      ValidationError,
    );
    // A dark colour that is hard to see in dark mode is saved, with the warning shown beside it.
    const warned = await saveRatingScale(admin, edited(scale, relabel("False", { colour: "#7f1d1d" })));
    expect(warned.verdicts[0]!.contrast).toMatchObject({ level: "warning" });
    expect((await getRatingScale(admin)).version).toBe(2);
  });

  test("is for admins only", async () => {
    const scale = await getRatingScale(admin);
    await expect(getRatingScale(editor)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveRatingScale(editor, edited(scale, relabel("False", { label: "Wrong" })))).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the organisation's transparency texts", () => {
  test("are saved with the details and read back for the public pages", async () => {
    const generationBefore = await generation();
    await updateOrganisation(admin, {
      name: "Test Newsroom",
      methodology: "## How we check\n\nWe read the **source**.",
      correctionsPolicy: "We correct mistakes in a new version.",
    });
    expect(await getOrganisation(admin)).toMatchObject({ methodology: "## How we check\n\nWe read the **source**.", correctionsPolicy: "We correct mistakes in a new version." });
    expect(await generation()).toBeGreaterThan(generationBefore);
    await expect(updateOrganisation(admin, { name: "Test Newsroom", methodology: "x".repeat(20_001) })).rejects.toBeInstanceOf(ValidationError);
  });
});
