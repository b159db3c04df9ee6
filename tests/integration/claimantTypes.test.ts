import { eq, sql } from "drizzle-orm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, expect, test } from "vitest";
import { GET as articleGet } from "@/app/api/v1/articles/[slug]/route";
import { ClaimReviewJsonLd } from "@/components/reader/ClaimReviewJsonLd";
import { getDb } from "@/db/client";
import { claims } from "@/db/schema";
import { ValidationError } from "@/lib/core/errors";
import { createArticle } from "@/lib/services/articles/createArticle";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { reviseArticleText } from "@/lib/services/articles/reviseArticleText";
import { createClaim } from "@/lib/services/claims/createClaim";
import { editClaim } from "@/lib/services/claims/editClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { claimReviewsOfVersion } from "@/lib/web/publicDocuments";
import { siteUrl } from "@/lib/web/siteUrl";
import { resetDatabase, tableDigest } from "./database";
import { anonymousCtx, makeUser, publishAsShown, publishedVersion, SAMPLE_BODY, spanOf } from "./factories";
import { migrationUpdates } from "./migrationUpdates";

// Issue 17 point 3: the claimant's type is asked, never guessed ("The Daily Wire" came out as a Person), and the
// claim's appearances (the original article; the claim's own link) are published whenever known.

type Ctx = Awaited<ReturnType<typeof makeUser>>;
let editor: Ctx;
let approver: Ctx;

beforeEach(async () => {
  await resetDatabase();
  editor = await makeUser("editor");
  approver = await makeUser("editor", "approver");
});

const sentences = SAMPLE_BODY.split("\n");
const ARTICLE_URL = "https://www.dailywire.example/news/mayor-figures";

async function outletArticle() {
  return createArticle(editor, { title: `Mayor's figures ${Math.random().toString(36).slice(2, 8)}`, body: SAMPLE_BODY, sourceOutlet: "The Daily Wire", sourceUrl: ARTICLE_URL, originalPublishedOn: "2026-04-02" });
}

async function signOff(claim: { id: string; version: number }) {
  const verdictId = (await listVerdicts(editor)).find((v) => v.label === "False")!.id;
  const reviewed = await reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId, publicExplanation: "It rose.", sources: [], readyForSignoff: true });
  return signOffClaim(approver, { claimId: reviewed.id, version: reviewed.version });
}

async function jsonLd(slug: string) {
  const organisation = await getOrganisation(await anonymousCtx());
  const html = renderToStaticMarkup(createElement(ClaimReviewJsonLd, { reviews: claimReviewsOfVersion(siteUrl(), organisation, await publishedVersion(slug)) }));
  return JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as { itemReviewed: Record<string, unknown> }[];
}

test("the outlet is an organisation by default; a person is one because the desk said so; the JSON-LD says what was asked", async () => {
  const article = await outletArticle();
  const outlet = await createClaim(editor, { articleId: article.id, ...spanOf(sentences[0]!), claimant: "the daily wire" });
  const mayor = await createClaim(editor, { articleId: article.id, ...spanOf(sentences[2]!), claimant: "The Mayor" });
  expect(outlet.claimantType).toBe("organization");
  // Not the outlet: nobody has said, and nothing is guessed.
  expect(mayor.claimantType).toBeNull();

  const asked = await editClaim(editor, { claimId: mayor.id, version: mayor.version, statement: mayor.statement, claimant: "The Mayor", claimantType: "person", appearanceUrl: " https://video.example/mayor-speech " });
  expect([asked.claimantType, asked.appearanceUrl]).toEqual(["person", "https://video.example/mayor-speech"]);
  // Left out, for the same claimant: kept.
  const kept = await editClaim(editor, { claimId: mayor.id, version: asked.version, statement: "The mayor said 4,000 homes were built.", claimant: "The Mayor" });
  expect([kept.claimantType, kept.appearanceUrl]).toEqual(["person", "https://video.example/mayor-speech"]);

  await signOff(outlet);
  await signOff(kept);
  await publishAsShown(editor, article.id);
  const [first, second] = await jsonLd(article.slug);
  const articleWork = { "@type": "CreativeWork", url: ARTICLE_URL, datePublished: "2026-04-02", publisher: { "@type": "Organization", name: "The Daily Wire" } };
  expect(first!.itemReviewed).toEqual({
    "@type": "Claim",
    author: { "@type": "Organization", name: "the daily wire" },
    datePublished: "2026-04-02",
    firstAppearance: articleWork,
    appearance: [articleWork],
  });
  expect(second!.itemReviewed).toEqual({
    "@type": "Claim",
    author: { "@type": "Person", name: "The Mayor" },
    firstAppearance: { "@type": "CreativeWork", url: "https://video.example/mayor-speech" },
    appearance: [{ "@type": "CreativeWork", url: "https://video.example/mayor-speech" }, articleWork],
  });
  const document = (await (await articleGet(new Request(`${siteUrl()}/api/v1/articles/${article.slug}`), { params: Promise.resolve({ slug: article.slug }) })).json()) as {
    claims: { claimantType: string | null; appearanceUrl: string | null }[];
  };
  expect(document.claims.map((c) => [c.claimantType, c.appearanceUrl])).toEqual([
    ["organization", null],
    ["person", "https://video.example/mayor-speech"],
  ]);
});

test("changing the claimant's type is a change of public content: it waits for sign-off, and readers keep what was approved", async () => {
  const article = await outletArticle();
  const claim = await signOff(await createClaim(editor, { articleId: article.id, ...spanOf(sentences[0]!), claimant: "Jane Critic", claimantType: "organization" }));
  await publishAsShown(editor, article.id);
  const changed = await editClaim(editor, { claimId: claim.id, version: claim.version, statement: claim.statement, claimant: "Jane Critic", claimantType: "person" });
  expect(changed.status).toBe("needs_signoff");
  // Published again with something else changed: the approved type stays public until the new one is signed off.
  const { article: shown } = await getWorkspace(editor, article.id);
  await reviseArticleText(editor, { articleId: article.id, version: shown.version, body: `${SAMPLE_BODY}\nA note.` });
  await publishAsShown(editor, article.id, { changeNote: "Added a note." });
  expect((await jsonLd(article.slug))[0]!.itemReviewed.author).toEqual({ "@type": "Organization", name: "Jane Critic" });
  const reread = (await getWorkspace(editor, article.id)).claims.find((c) => c.id === claim.id)!;
  await signOffClaim(approver, { claimId: reread.id, version: reread.version });
  await publishAsShown(editor, article.id, { changeNote: "The claimant is a person." });
  expect((await jsonLd(article.slug))[0]!.itemReviewed.author).toEqual({ "@type": "Person", name: "Jane Critic" });
  const third = await publishedVersion(article.slug);
  expect(third.number).toBe(3);
});

test("a type or link that is not one is refused and changes nothing", async () => {
  const article = await outletArticle();
  const claim = await createClaim(editor, { articleId: article.id, ...spanOf(sentences[0]!), claimant: "Jane Critic" });
  const before = await tableDigest();
  for (const bad of [{ claimantType: "robot" }, { appearanceUrl: "javascript:alert(1)" }, { appearanceUrl: "not a link" }]) {
    await expect(editClaim(editor, { claimId: claim.id, version: claim.version, statement: claim.statement, claimant: "Jane Critic", ...bad } as never)).rejects.toBeInstanceOf(ValidationError);
  }
  expect(await tableDigest()).toEqual(before);
});

test("migration 0013 says organisation for claimants that are their article's outlet, and nothing for anyone else", async () => {
  const article = await outletArticle();
  const outlet = await createClaim(editor, { articleId: article.id, ...spanOf(sentences[0]!), claimant: " THE DAILY WIRE " });
  const other = await createClaim(editor, { articleId: article.id, ...spanOf(sentences[1]!), claimant: "Kremlin spokesman" });
  const empty = await createClaim(editor, { articleId: article.id, ...spanOf(sentences[2]!) });
  const db = await getDb();
  await db.update(claims).set({ claimantType: null }).where(eq(claims.articleId, article.id));
  const update = migrationUpdates("0013_claimant_types");
  expect(update).toHaveLength(1);
  await db.execute(sql.raw(update[0]!));
  const types = new Map((await db.select({ id: claims.id, type: claims.claimantType }).from(claims)).map((c) => [c.id, c.type]));
  expect([types.get(outlet.id), types.get(other.id), types.get(empty.id)]).toEqual(["organization", null, null]);
});
