import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { claimSources, factChecks } from "@/db/schema";
import { ForbiddenError, ValidationError } from "@/lib/core/errors";
import { copyMatchIntoReview } from "@/lib/services/archive/copyMatchIntoReview";
import { decideMatch } from "@/lib/services/archive/decideMatch";
import { getClaimMatches } from "@/lib/services/archive/getClaimMatches";
import { importFactChecks } from "@/lib/services/archive/importFactChecks";
import { listStrongMatches } from "@/lib/services/archive/listStrongMatches";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { retractArticle } from "@/lib/services/publishing/retractArticle";
import { createArticle } from "@/lib/services/articles/createArticle";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { type ActorContext, makeArticle, makeUser, publishAsShown, spanOf } from "./factories";

const UNEMPLOYMENT = "The mayor said unemployment fell to 3.2 percent last year.";
const HOMES = "“We built 4,000 new homes,” the mayor added.";

/**
 * A word no other test uses, of letters only: a random tail with digits in it ("…last year 38201946") would be a
 * number the claim does not share, which rightly keeps a match from being strong.
 */
const uniqueWord = () => randomUUID().replace(/[\d-]/g, "").padEnd(8, "x").slice(0, 8);

/** Imports one ClaimReview of another fact-checker and returns its archive key. */
async function imported(editor: ActorContext, claim: string, rating = "False") {
  const url = `https://checks.example.org/${randomUUID()}`;
  await importFactChecks(editor, {
    text: JSON.stringify({
      "@type": "ClaimReview",
      url,
      claimReviewed: claim,
      datePublished: "2025-02-01",
      author: { "@type": "Organization", name: "Other Checks" },
      reviewRating: { "@type": "Rating", alternateName: rating },
    }),
  });
  const [row] = await (await getDb()).select({ id: factChecks.id }).from(factChecks).where(eq(factChecks.url, url));
  return { key: `fc:${row!.id}`, url };
}

async function claimOn(editor: ActorContext, quote = UNEMPLOYMENT) {
  const article = await makeArticle(editor, `Article ${randomUUID().slice(0, 6)}`);
  const claim = await createClaim(editor, { articleId: article.id, ...spanOf(quote) });
  return { article, claim };
}

describe("checked before?", () => {
  test("a claim's matches: an imported fact-check of the same claim ranks first, with the words they share", async () => {
    const editor = await makeUser("editor");
    const paraphrase = await imported(editor, `Joblessness in the city dropped to 3.2 percent last year, says mayor ${uniqueWord()}`);
    const { article, claim } = await claimOn(editor);
    const { matches, archiveSize } = await getClaimMatches(editor, { articleId: article.id });
    expect(archiveSize).toBeGreaterThan(0);
    const first = matches[claim.id]![0]!;
    expect(first).toMatchObject({ key: paraphrase.key, origin: "imported", publisher: "Other Checks", rating: "False", url: paraphrase.url, decision: null });
    expect(first.sharedTerms.map((t) => t.toLowerCase())).toEqual(expect.arrayContaining(["3.2"]));
    // The same claim in other words: strong, for the facts both state.
    expect(first.strong).toBe(true);
    expect(first.reason.numbers).toEqual(["3.2"]);
    expect(first.statementRuns.filter((run) => run.match).map((run) => run.text)).toContain("3.2");

    // Sentences that are not claims yet (the workspace's suggestions): the strongest match of each, when strong.
    const { textMatches } = await getClaimMatches(editor, { articleId: article.id, texts: [UNEMPLOYMENT, "Zzyzx qwerty plover."] });
    expect(textMatches.map((m) => m?.key ?? null)).toEqual([paraphrase.key, null]);
  });

  test("the newsroom's own published claims are in the archive until the article is retracted; a claim never matches itself", async () => {
    const editor = await makeUser("editor");
    const approver = await makeUser("editor", "approver");
    const { article, claim } = await claimOn(editor, HOMES);
    const verdict = (await listVerdicts(editor)).find((v) => v.label === "False")!;
    const reviewed = await reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId: verdict.id, publicExplanation: "Permits show 1,200.", sources: [], readyForSignoff: true });
    await signOffClaim(approver, { claimId: claim.id, version: reviewed.version });
    await publishAsShown(editor, article.id);

    const own = (await getClaimMatches(editor, { articleId: article.id })).matches[claim.id]!;
    expect(own.map((m) => m.key)).not.toContain(`own:${claim.id}`);

    const later = await claimOn(editor, HOMES);
    const keys = async () => (await getClaimMatches(editor, { articleId: later.article.id })).matches[later.claim.id]!.map((m) => m.key);
    expect(await keys()).toContain(`own:${claim.id}`);
    const shown = await getWorkspace(editor, article.id);
    await retractArticle(editor, { articleId: article.id, version: shown.article.version, reason: "Withdrawn for the test." });
    expect(await keys()).not.toContain(`own:${claim.id}`);
  });

  test("an editor links a match (shown first, kept) or dismisses one (not suggested again); reviewers may look but not decide", async () => {
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    const tag = uniqueWord();
    const one = await imported(editor, `Mayor ${tag}: unemployment fell to 3.2 percent last year`);
    const two = await imported(editor, `Unemployment fell to 3.2 percent last year in ${tag}`);
    const { article, claim } = await claimOn(editor);
    await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });

    await decideMatch(editor, { claimId: claim.id, key: one.key, decision: "dismissed" });
    await decideMatch(editor, { claimId: claim.id, key: two.key, decision: "linked" });
    const seen = (await getClaimMatches(reviewer, { articleId: article.id })).matches[claim.id]!;
    expect(seen[0]).toMatchObject({ key: two.key, decision: "linked" });
    expect(seen.map((m) => m.key)).not.toContain(one.key);
    expect(seen.filter((m) => m.key === two.key)).toHaveLength(1);

    await expect(decideMatch(reviewer, { claimId: claim.id, key: one.key, decision: "linked" })).rejects.toBeInstanceOf(ForbiddenError);
    const stranger = await makeUser("reviewer");
    await expect(getClaimMatches(stranger, { articleId: article.id })).rejects.toBeInstanceOf(ForbiddenError);

    await decideMatch(editor, { claimId: claim.id, key: one.key, decision: "none" });
    const again = (await getClaimMatches(editor, { articleId: article.id })).matches[claim.id]!;
    expect(again.map((m) => m.key)).toContain(one.key);
  });

  test("copying a linked match fills the draft: the verdict of the same name, a sentence saying who rated it, its page as a source", async () => {
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    const match = await imported(editor, `Unemployment fell to 3.2 percent ${uniqueWord()}`, "Mostly false");
    const { claim } = await claimOn(editor);
    const assigned = await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });
    await expect(copyMatchIntoReview(reviewer, { claimId: claim.id, version: assigned.version, key: match.key })).rejects.toBeInstanceOf(ValidationError);
    await decideMatch(editor, { claimId: claim.id, key: match.key, decision: "linked" });

    const copied = await copyMatchIntoReview(reviewer, { claimId: claim.id, version: assigned.version, key: match.key });
    const mostlyFalse = (await listVerdicts(editor)).find((v) => v.label === "Mostly false");
    expect(copied).toMatchObject({ status: "in_progress", verdictId: mostlyFalse?.id ?? null, publicExplanation: "Other Checks rated this claim “Mostly false” on 2025-02-01." });
    const sources = await (await getDb()).select().from(claimSources).where(eq(claimSources.claimId, claim.id));
    expect(sources.map((s) => s.url)).toEqual([match.url]);

    const other = await makeUser("reviewer");
    await expect(copyMatchIntoReview(other, { claimId: claim.id, version: copied.version, key: match.key })).rejects.toBeInstanceOf(ForbiddenError);
  });

  test("a claim sharing one common word with an earlier fact-check has no strong match: no badge, no suggestion line, not queued", async () => {
    const editor = await makeUser("editor");
    const drones = await imported(editor, "Two drones were shot down over the Kremlin and caused no material damage.");
    const sentence = "We have seen our deficits cut by two-thirds.";
    const article = await createArticle(editor, { title: `Speech ${randomUUID().slice(0, 6)}`, body: sentence, sourceOutlet: "Daily Example" });
    const claim = await createClaim(editor, { articleId: article.id, start: 0, end: sentence.length });

    const panel = (await getClaimMatches(editor, { articleId: article.id })).matches[claim.id]!;
    // Still listed (it does share a word), as a possible match with no reason to think it the same claim.
    expect(panel.find((m) => m.key === drones.key)).toMatchObject({ strong: false, reason: { numbers: [], names: [], words: [] } });
    expect(panel.filter((m) => m.strong)).toEqual([]);
    const { textMatches } = await getClaimMatches(editor, { articleId: article.id, texts: [sentence] });
    expect(textMatches).toEqual([null]);
    expect((await listStrongMatches(editor, undefined)).claims.map((row) => row.claimId)).not.toContain(claim.id);
  });

  test("the desk's queue lists open claims with a strong match nobody has looked at", async () => {
    const editor = await makeUser("editor");
    await imported(editor, `The mayor said unemployment fell to 3.2 percent last year ${uniqueWord()}`);
    const { claim } = await claimOn(editor);
    const listed = async () => (await listStrongMatches(editor, undefined)).claims.filter((row) => row.claimId === claim.id);
    // Other tests share the archive: the strongest match may be any of the near-copies, so follow whichever is listed.
    const [first] = await listed();
    expect(first?.match.statement).toMatch(/unemployment fell to 3\.2 percent/i);
    await decideMatch(editor, { claimId: claim.id, key: first!.match.key, decision: "dismissed" });
    expect((await listed()).map((row) => row.match.key)).not.toContain(first!.match.key);
  });
});
