import { describe, expect, test } from "vitest";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/core/errors";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { reviseArticleText } from "@/lib/services/articles/reviseArticleText";
import { acceptSuggestions } from "@/lib/services/claims/acceptSuggestions";
import { createClaim } from "@/lib/services/claims/createClaim";
import { deleteClaim } from "@/lib/services/claims/deleteClaim";
import { editClaim } from "@/lib/services/claims/editClaim";
import { mergeClaims } from "@/lib/services/claims/mergeClaims";
import { moveClaimAnchor } from "@/lib/services/claims/moveClaimAnchor";
import { splitClaim } from "@/lib/services/claims/splitClaim";
import { makeArticle, makeUser, SAMPLE_BODY, spanOf } from "./factories";

const FIRST = "The mayor said unemployment fell to 3.2 percent last year.";
const SECOND = "Critics say the figure leaves out part-time workers.";
const THIRD = "“We built 4,000 new homes,” the mayor added.";

async function setUp() {
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const article = await makeArticle(editor);
  return { editor, reviewer, article };
}

describe("editing claims", () => {
  test("edit statement and claimant; a stale version is a conflict; reviewers are refused", async () => {
    const { editor, reviewer, article } = await setUp();
    const claim = await createClaim(editor, { articleId: article.id, ...spanOf(FIRST) });
    const edited = await editClaim(editor, { claimId: claim.id, version: claim.version, statement: "Unemployment fell to 3.2% in 2024.", claimant: "Mayor Ortega" });
    expect(edited).toMatchObject({ statement: "Unemployment fell to 3.2% in 2024.", claimant: "Mayor Ortega", quote: FIRST, version: 2 });
    await expect(editClaim(editor, { claimId: claim.id, version: 1, statement: "x", claimant: "" })).rejects.toBeInstanceOf(ConflictError);
    await expect(editClaim(reviewer, { claimId: claim.id, version: 2, statement: "x", claimant: "" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(editClaim(editor, { claimId: claim.id, version: 2, statement: "   ", claimant: "" })).rejects.toBeInstanceOf(ValidationError);
    await expect(deleteClaim(reviewer, { claimId: claim.id, version: 2 })).rejects.toBeInstanceOf(ForbiddenError);
  });

  test("merge two adjacent claims into one spanning both; non-adjacent ones are refused", async () => {
    const { editor, article } = await setUp();
    const a = await createClaim(editor, { articleId: article.id, ...spanOf(FIRST) });
    const b = await createClaim(editor, { articleId: article.id, ...spanOf(SECOND) });
    const c = await createClaim(editor, { articleId: article.id, ...spanOf(THIRD) });
    await expect(mergeClaims(editor, { firstId: a.id, firstVersion: a.version, secondId: c.id, secondVersion: c.version })).rejects.toBeInstanceOf(ValidationError);
    const merged = await mergeClaims(editor, { firstId: b.id, firstVersion: b.version, secondId: a.id, secondVersion: a.version });
    expect(merged.id).toBe(a.id);
    expect(merged.quote).toBe(`${FIRST}\n${SECOND}`);
    const workspace = await getWorkspace(editor, article.id);
    expect(workspace.claims.map((x) => x.id)).toEqual([a.id, c.id]);
  });

  test("split a claim at an offset; both halves keep exact quotes", async () => {
    const { editor, article } = await setUp();
    const claim = await createClaim(editor, { articleId: article.id, ...spanOf(FIRST) });
    const at = spanOf(FIRST).start + FIRST.indexOf(" fell");
    const [left, right] = await splitClaim(editor, { claimId: claim.id, version: claim.version, at });
    expect(left.quote).toBe("The mayor said unemployment");
    expect(right.quote).toBe("fell to 3.2 percent last year.");
    expect(SAMPLE_BODY.slice(right.start, right.end)).toBe(right.quote);
    await expect(splitClaim(editor, { claimId: left.id, version: left.version, at: left.start })).rejects.toBeInstanceOf(ValidationError);
  });

  test("delete removes the claim; a second delete from the same version finds nothing", async () => {
    const { editor, article } = await setUp();
    const claim = await createClaim(editor, { articleId: article.id, ...spanOf(FIRST) });
    await deleteClaim(editor, { claimId: claim.id, version: claim.version });
    expect((await getWorkspace(editor, article.id)).claims).toEqual([]);
    await expect(deleteClaim(editor, { claimId: claim.id, version: claim.version })).rejects.toThrow(/could not be found/);
  });
});

describe("suggestions", () => {
  test("accepting suggestions creates scored claims once, and they leave the suggestion list", async () => {
    const { editor, reviewer, article } = await setUp();
    const before = await getWorkspace(editor, article.id);
    expect(before.suggestions.length).toBeGreaterThan(0);
    for (const s of before.suggestions) expect(SAMPLE_BODY.slice(s.start, s.end)).toBe(s.text);
    const spans = before.suggestions.map(({ start, end }) => ({ start, end }));
    await expect(acceptSuggestions(reviewer, { articleId: article.id, textRevision: 1, spans })).rejects.toBeInstanceOf(ForbiddenError);
    const accepted = await acceptSuggestions(editor, { articleId: article.id, textRevision: 1, spans });
    expect(accepted).toMatchObject({ created: spans.length, skipped: 0 });
    expect(await acceptSuggestions(editor, { articleId: article.id, textRevision: 1, spans })).toMatchObject({ created: 0, skipped: spans.length, claimIds: [] });
    const after = await getWorkspace(editor, article.id);
    // The claims made are named in the order of the spans given, so the workspace can open the first.
    expect(accepted.claimIds.map((id) => after.claims.find((c) => c.id === id)?.start)).toEqual(spans.map((s) => s.start));
    expect(after.suggestions).toEqual([]);
    expect(after.claims).toHaveLength(spans.length);
    for (const claim of after.claims) expect(claim.checkWorthiness).toBeGreaterThanOrEqual(0);
  });

  test("suggestions from an old text revision are refused", async () => {
    const { editor, article } = await setUp();
    await reviseArticleText(editor, { articleId: article.id, version: 1, body: `${SAMPLE_BODY}\nA new line was added.` });
    await expect(acceptSuggestions(editor, { articleId: article.id, textRevision: 1, spans: [spanOf(FIRST)] })).rejects.toBeInstanceOf(ConflictError);
    await expect(createClaim(editor, { articleId: article.id, ...spanOf(FIRST), textRevision: 1 })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("revising the text", () => {
  test("claims are re-anchored: moved, flagged as changed, or orphaned, never dropped", async () => {
    const { editor, reviewer, article } = await setUp();
    const moved = await createClaim(editor, { articleId: article.id, ...spanOf(SECOND) });
    const changed = await createClaim(editor, { articleId: article.id, ...spanOf(FIRST) });
    const orphan = await createClaim(editor, { articleId: article.id, ...spanOf(THIRD) });
    const revised = [
      "Update: this story was revised.",
      "The mayor said unemployment fell to 3.4 percent last year.",
      "Critics say the figure leaves out part-time workers.",
    ].join("\n");
    await expect(reviseArticleText(reviewer, { articleId: article.id, version: 1, body: revised })).rejects.toBeInstanceOf(ForbiddenError);
    const summary = await reviseArticleText(editor, { articleId: article.id, version: 1, body: revised });
    expect(summary).toMatchObject({ unchanged: 0, moved: 1, changed: 1, orphaned: 1, textRevision: 2, version: 2 });
    await expect(reviseArticleText(editor, { articleId: article.id, version: 1, body: "stale" })).rejects.toBeInstanceOf(ConflictError);

    const workspace = await getWorkspace(editor, article.id);
    const byId = new Map(workspace.claims.map((c) => [c.id, c]));
    expect(byId.get(moved.id)).toMatchObject({ anchorState: "ok", quote: SECOND });
    expect(revised.slice(byId.get(moved.id)!.start, byId.get(moved.id)!.end)).toBe(SECOND);
    // A statement nobody reworded follows its words: readers must not see "3.2" beside a text that says 3.4.
    expect(byId.get(changed.id)).toMatchObject({
      anchorState: "changed",
      quote: "The mayor said unemployment fell to 3.4 percent last year.",
      statement: "The mayor said unemployment fell to 3.4 percent last year.",
    });
    expect(byId.get(orphan.id)).toMatchObject({ anchorState: "orphaned", quote: THIRD });
    expect(workspace.claims).toHaveLength(3);

    // The editor checks the changed claim and clears its flag.
    const current = byId.get(changed.id)!;
    const confirmed = await moveClaimAnchor(editor, { claimId: current.id, version: current.version, start: current.start, end: current.end, textRevision: 2 });
    expect(confirmed.anchorState).toBe("ok");
  });

  test("a statement the editor wrote in their own words stays theirs when the words it points to change", async () => {
    const { editor, article } = await setUp();
    const claim = await createClaim(editor, { articleId: article.id, ...spanOf(FIRST) });
    await editClaim(editor, { claimId: claim.id, version: claim.version, statement: "Unemployment fell to 3.2% in 2025.", claimant: "The mayor" });
    await reviseArticleText(editor, { articleId: article.id, version: 1, body: SAMPLE_BODY.replace("3.2 percent", "3.4 percent") });
    const [revised] = (await getWorkspace(editor, article.id)).claims;
    expect(revised).toMatchObject({ anchorState: "changed", quote: FIRST.replace("3.2", "3.4"), statement: "Unemployment fell to 3.2% in 2025." });
  });
});
