import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { describe, expect, test } from "vitest";
import { renderInLanguage } from "@/tests/fixtures/renderInLanguage";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles } from "@/db/schema";
import { ClaimDetails } from "@/components/reader/ClaimDetails";
import { EmbeddedClaim } from "@/components/embed/EmbeddedClaim";
import { actorContext } from "@/lib/core/context";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { editClaim } from "@/lib/services/claims/editClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { listNotifications } from "@/lib/services/notifications/listNotifications";
import { getPublishedClaim } from "@/lib/services/publishing/getPublishedClaim";
import { nextSnapshot } from "@/lib/services/publishing/nextSnapshot";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { createUser } from "@/lib/services/users/createUser";
import type { ClaimDto } from "@/lib/services/claims/claimDto";
import { anonymousCtx, makeArticle, makeUser, publishAsShown, publishedVersion, spanOf, systemCtx, TEST_PASSWORD, type ActorContext } from "./factories";

const FIRST = "The mayor said unemployment fell to 3.2 percent last year.";

async function setUp() {
  const [ed, ada, reviewer] = [await makeUser("editor", "ed"), await makeUser("admin", "ada"), await makeUser("reviewer", "rita")];
  const title = `Jobs ${randomUUID().slice(0, 8)}`;
  const article = await makeArticle(ed, title);
  const created = await createClaim(ed, { articleId: article.id, ...spanOf(FIRST) });
  const assigned = await assignReviewer(ed, { claimId: created.id, version: created.version, reviewerId: reviewer.actor.id });
  const [verdictA, verdictB] = await listVerdicts(ed);
  return { ed, ada, reviewer, article, title, claim: assigned, verdictA: verdictA!, verdictB: verdictB! };
}

function review(who: ActorContext, claim: ClaimDto, verdictId: string, publicExplanation: string, readyForSignoff = true) {
  return reviewClaim(who, { claimId: claim.id, version: claim.version, verdictId, publicExplanation, sources: [], readyForSignoff });
}

/** What a reader sees under the claim on the reader page, and on its embed card. */
async function creditsShown(slug: string) {
  const [claim] = (await publishedVersion(slug)).snapshot.claims;
  const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
  const entry = (await getPublishedClaim(await anonymousCtx(), { claimId: claim!.id }))!;
  return {
    reader: text(renderInLanguage(createElement(ClaimDetails, { claim: claim! }))),
    embed: text(renderInLanguage(createElement(EmbeddedClaim, { entry, href: "/" }))),
  };
}

async function sentences(who: ActorContext) {
  return (await listNotifications(who, {})).items.map((n) => n.sentence);
}

describe("credit for a published verdict", () => {
  test("after an editor changes the verdict and rewrites the explanation, readers see them and the approver, not the reviewer; the reviewer is told", async () => {
    const { ed, ada, reviewer, article, title, claim, verdictA, verdictB } = await setUp();
    const rated = await review(reviewer, claim, verdictA.id, "The agency's figure is 3.2 percent.");
    const approved = await signOffClaim(ed, { claimId: claim.id, version: rated.version });
    await publishAsShown(ed, article.id);
    let shown = await creditsShown(article.slug);
    expect(shown.reader).toContain("Verdict by rita user · approved by ed user on");
    expect(shown.embed).toContain("Verdict by rita user · approved by ed user");

    const changed = await review(ed, approved, verdictB.id, "The agency's own figure is 4.1 percent; 3.2 is a different measure.");
    // Rita is told, in plain words; nobody else is.
    expect((await sentences(reviewer))[0]).toBe(`ed user changed the verdict or explanation of claim 1 of “${title}”`);
    expect((await sentences(ada)).length).toBe(0);
    // Until it is approved, what a new version would show keeps the approved verdict and its credit.
    const [row] = await (await getDb()).select().from(articles).where(eq(articles.id, article.id));
    expect((await nextSnapshot(await getDb(), row!)).snapshot.claims[0]).toMatchObject({ verdictBy: ["rita user"], approvedBy: "ed user" });

    await signOffClaim(ada, { claimId: claim.id, version: changed.version });
    await publishAsShown(ed, article.id, { changeNote: "New figures", isCorrection: true });
    shown = await creditsShown(article.slug);
    expect(shown.reader).toContain("Verdict by ed user · approved by ada user on");
    expect(shown.reader).not.toContain("rita");
    expect(shown.embed).toContain("Verdict by ed user · approved by ada user");
    // The sign-off is told to who wrote the verdict now; the first version keeps its own credit.
    expect((await sentences(ed))[0]).toBe(`ada user signed off your verdict on claim 1 of “${title}”`);
    expect((await sentences(reviewer)).filter((s) => s.includes("signed off"))).toHaveLength(1);
    const [first] = (await publishedVersion(article.slug, 1)).snapshot.claims;
    expect(first).toMatchObject({ verdictBy: ["rita user"], approvedBy: "ed user" });
  });

  test("sending a reviewer's draft on, or changing only the claim's words, takes no credit; an explanation rewritten credits both", async () => {
    const { ed, ada, reviewer, article, claim, verdictA } = await setUp();
    const draft = await review(reviewer, claim, verdictA.id, "The agency's figure is 3.2 percent.", false);
    // The editor sends Rita's draft for sign-off as it is.
    const sent = await review(ed, draft, verdictA.id, "The agency's figure is 3.2 percent.");
    expect(await sentences(reviewer)).not.toContain(expect.stringContaining("changed the verdict"));
    const approved = await signOffClaim(ada, { claimId: claim.id, version: sent.version });
    // An editor changes the statement: it waits for sign-off again, sent by Ed, but the verdict is still Rita's.
    const reworded = await editClaim(ed, { claimId: claim.id, version: approved.version, statement: "Unemployment fell to 3.2 percent.", claimant: "The mayor" });
    const reapproved = await signOffClaim(ada, { claimId: claim.id, version: reworded.version });
    expect(await sentences(ed)).not.toContain(expect.stringContaining("signed off your verdict"));
    expect((await sentences(reviewer)).filter((s) => s.includes("signed off your verdict"))).toHaveLength(2);
    await publishAsShown(ed, article.id);
    expect((await creditsShown(article.slug)).reader).toContain("Verdict by rita user · approved by ada user on");


    // An editor rewrites only the explanation: both wrote what readers see.
    const rewritten = await review(ed, reapproved, verdictA.id, "The agency's figure is 3.2 percent, for the year to March.");
    expect((await sentences(reviewer))[0]).toContain("ed user changed the verdict or explanation of claim 1");
    await signOffClaim(ada, { claimId: claim.id, version: rewritten.version });
    await publishAsShown(ed, article.id, { changeNote: "Explanation clarified" });
    expect((await creditsShown(article.slug)).reader).toContain("Verdict by rita user and ed user · approved by ada user on");
  });

  test("the reviewer is not told of their own changes", async () => {
    const { reviewer, claim, verdictA, verdictB } = await setUp();
    const first = await review(reviewer, claim, verdictA.id, "One.", false);
    await review(reviewer, first, verdictB.id, "Two.", false);
    expect(await sentences(reviewer)).not.toContain(expect.stringContaining("changed the verdict"));
  });

  test("a display name that is an e-mail address is never published", async () => {
    const { ed, ada, article, claim, verdictA } = await setUp();
    const email = `rita-${randomUUID().slice(0, 8)}@example.test`;
    const { user } = await createUser(await systemCtx(), { email, displayName: email, role: "reviewer", password: TEST_PASSWORD });
    const emailed = actorContext(await getDb(), { id: user.id, role: user.role, displayName: user.displayName, email: user.email }) as ActorContext;
    const assigned = await assignReviewer(ed, { claimId: claim.id, version: claim.version, reviewerId: user.id });
    const rated = await review(emailed, assigned, verdictA.id, "The agency's figure is 3.2 percent.");
    await signOffClaim(ada, { claimId: claim.id, version: rated.version });
    await publishAsShown(ed, article.id);
    const shown = await creditsShown(article.slug);
    expect(shown.reader).toContain("Approved by ada user on");
    expect(JSON.stringify((await publishedVersion(article.slug)).snapshot)).not.toContain("@example.test");
  });
});
