import { describe, expect, test } from "vitest";
import { ForbiddenError, UnauthenticatedError } from "@/lib/core/errors";
import { reviseArticleText } from "@/lib/services/articles/reviseArticleText";
import { createClaim } from "@/lib/services/claims/createClaim";
import { dismissClaim } from "@/lib/services/claims/dismissClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { previewPublication } from "@/lib/services/publishing/previewPublication";
import { publishArticle } from "@/lib/services/publishing/publishArticle";
import { retractArticle } from "@/lib/services/publishing/retractArticle";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { anonymousCtx, makeArticle, makeUser, publishAsShown, SAMPLE_BODY, spanOf } from "./factories";

const UNEMPLOYMENT = "The mayor said unemployment fell to 3.2 percent last year.";
const HOMES = "“We built 4,000 new homes,” the mayor added.";

/** An article with one signed-off claim (False) and one claim nobody has reviewed yet. */
async function articleWithClaims() {
  const editor = await makeUser("editor");
  const approver = await makeUser("editor", "approver");
  const article = await makeArticle(editor);
  const verdicts = await listVerdicts(editor);
  const verdict = (label: string) => verdicts.find((v) => v.label === label)!.id;
  let claim = await createClaim(editor, { articleId: article.id, ...spanOf(UNEMPLOYMENT) });
  claim = await reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId: verdict("False"), publicExplanation: "Official data show 4.1 percent.", sources: [], readyForSignoff: true });
  claim = await signOffClaim(approver, { claimId: claim.id, version: claim.version });
  const pending = await createClaim(editor, { articleId: article.id, ...spanOf(HOMES) });
  return { editor, approver, article, claim, pending, verdict };
}

describe("previewing a publication", () => {
  test("the first version: every approved claim is new, unapproved ones are counted, no note is needed", async () => {
    const { editor, article, claim } = await articleWithClaims();
    const preview = await previewPublication(editor, { articleId: article.id });
    expect(preview).toMatchObject({
      nextVersion: 1,
      publicVersion: null,
      changeNoteRequired: false,
      correctionPossible: false,
      retracted: null,
      identical: false,
      textChanged: true,
      claimCount: 1,
      unapprovedCount: 1,
      warnings: [],
    });
    expect(preview.claims).toEqual([{ kind: "added", claim: { id: claim.id, number: 1, statement: UNEMPLOYMENT, verdict: "False" } }]);
    // What it shows is what publishing accepts.
    await expect(publishArticle(editor, preview.shown)).resolves.toMatchObject({ number: 1, claimCount: 1 });
  });

  test("after publishing: identical until something changes, then the verdict's change and the text's", async () => {
    const { editor, approver, article, claim, verdict } = await articleWithClaims();
    await publishAsShown(editor, article.id);
    expect(await previewPublication(editor, { articleId: article.id })).toMatchObject({ identical: true, claims: [], nextVersion: 2, publicVersion: 1, changeNoteRequired: true });

    const reopened = await reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId: verdict("Mostly true"), publicExplanation: "Revised data show 3.3 percent.", sources: [], readyForSignoff: true });
    await signOffClaim(approver, { claimId: claim.id, version: reopened.version });
    await reviseArticleText(editor, { articleId: article.id, version: 1, body: `${SAMPLE_BODY}\nA later paragraph.` });

    const preview = await previewPublication(editor, { articleId: article.id });
    expect(preview).toMatchObject({ identical: false, textChanged: true, titleChanged: false, correctionPossible: true, warnings: [] });
    expect(preview.claims).toEqual([
      expect.objectContaining({ kind: "changed", verdictFrom: "False", verdictTo: "Mostly true", verdictChanged: true, explanationChanged: true, wordsChanged: false }),
    ]);
  });

  test("warns about a public claim that was dismissed, and one whose words left the text", async () => {
    const { editor, approver, article, claim, verdict } = await articleWithClaims();
    let homes = await createClaim(editor, { articleId: article.id, ...spanOf("Critics say the figure leaves out part-time workers.") });
    homes = await reviewClaim(editor, { claimId: homes.id, version: homes.version, verdictId: verdict("False"), publicExplanation: "They are counted.", sources: [], readyForSignoff: true });
    homes = await signOffClaim(approver, { claimId: homes.id, version: homes.version });
    await publishAsShown(editor, article.id);

    await dismissClaim(editor, { claimId: homes.id, version: homes.version, reason: "An opinion, not a fact." });
    await reviseArticleText(editor, { articleId: article.id, version: 1, body: SAMPLE_BODY.replace(`${UNEMPLOYMENT}\n`, "") });

    const preview = await previewPublication(editor, { articleId: article.id });
    expect(preview.warnings).toEqual(
      expect.arrayContaining([
        { claim: expect.objectContaining({ id: homes.id, verdict: "False" }), reason: "dismissed", dismissedReason: "An opinion, not a fact." },
        { claim: expect.objectContaining({ id: claim.id, number: 1 }), reason: "words_removed", dismissedReason: null },
      ]),
    );
    expect(preview.warnings).toHaveLength(2);
    expect(preview.claims.filter((c) => c.kind === "removed")).toHaveLength(2);
    expect(preview.claimCount).toBe(0);
  });

  test("a retracted article compares with nothing public, and publishing it again needs a note", async () => {
    const { editor, article } = await articleWithClaims();
    await publishAsShown(editor, article.id);
    await retractArticle(editor, { articleId: article.id, version: 1, reason: "The source withdrew the figures." });
    const preview = await previewPublication(editor, { articleId: article.id });
    expect(preview).toMatchObject({ publicVersion: null, nextVersion: 2, changeNoteRequired: true, identical: false, retracted: { reason: "The source withdrew the figures." } });
    expect(preview.claims.map((c) => c.kind)).toEqual(["added"]);
  });

  test("reviewers and readers may not preview", async () => {
    const { article } = await articleWithClaims();
    await expect(previewPublication(await makeUser("reviewer"), { articleId: article.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(previewPublication(await anonymousCtx(), { articleId: article.id })).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
