import { sql } from "drizzle-orm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, expect, test } from "vitest";
import { GET as feedGet } from "@/app/(public)/feed.xml/route";
import { GET as articleGet } from "@/app/api/v1/articles/[slug]/route";
import { GET as claimReviewsGet } from "@/app/api/v1/claim-reviews/route";
import { ClaimReviewJsonLd } from "@/components/reader/ClaimReviewJsonLd";
import { getDb } from "@/db/client";
import { articleVersions } from "@/db/schema";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { reviseArticleText } from "@/lib/services/articles/reviseArticleText";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { retractArticle } from "@/lib/services/publishing/retractArticle";
import { searchPublished } from "@/lib/services/publishing/searchPublished";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { claimReviewsOfVersion } from "@/lib/web/publicDocuments";
import { siteUrl } from "@/lib/web/siteUrl";
import { resetDatabase } from "./database";
import { anonymousCtx, makeArticle, makeUser, publishAsShown, publishedVersion, SAMPLE_BODY, spanOf } from "./factories";

// Issue 17 point 2: a review's datePublished is when its verdict was first published, not its version's time; a later
// version that changes it adds dateModified. The same in the JSON-LD, the API and the feed.

type Ctx = Awaited<ReturnType<typeof makeUser>>;
let editor: Ctx;
let approver: Ctx;

beforeEach(async () => {
  await resetDatabase();
  editor = await makeUser("editor");
  approver = await makeUser("editor", "approver");
});

const sentences = SAMPLE_BODY.split("\n");
const later = () => new Promise((resolve) => setTimeout(resolve, 15));

async function verdictId(label: string) {
  return (await listVerdicts(editor)).find((v) => v.label === label)!.id;
}

async function rate(claim: { id: string; version: number }, label: string, explanation: string) {
  const reviewed = await reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId: await verdictId(label), publicExplanation: explanation, sources: [], readyForSignoff: true });
  return signOffClaim(approver, { claimId: reviewed.id, version: reviewed.version });
}

/** The reader page's JSON-LD, parsed from its script element. */
async function jsonLd(slug: string): Promise<Record<string, unknown>[]> {
  const organisation = await getOrganisation(await anonymousCtx());
  const html = renderToStaticMarkup(createElement(ClaimReviewJsonLd, { reviews: claimReviewsOfVersion(siteUrl(), organisation, await publishedVersion(slug)) }));
  return JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as Record<string, unknown>[];
}

const dates = (review: Record<string, unknown>) => ({ datePublished: review.datePublished, dateModified: review.dateModified });

test("publish v1, then v2 with one verdict changed: the others keep v1's date and no dateModified; the changed one gets dateModified", async () => {
  const article = await makeArticle(editor, "Dated reviews");
  const claims = [];
  for (const [index, label] of ["False", "Misleading", "Mostly true"].entries()) {
    const claim = await createClaim(editor, { articleId: article.id, ...spanOf(sentences[index]!) });
    claims.push(await rate(claim, label, `Why it is ${label}.`));
  }
  await publishAsShown(editor, article.id);
  const v1 = (await publishedVersion(article.slug)).publishedAt.toISOString();
  await later();

  // Version 2: the second claim's verdict changes; the others are untouched.
  claims[1] = await rate(claims[1]!, "True", "New figures bear it out.");
  await publishAsShown(editor, article.id, { changeNote: "New figures for the second claim.", isCorrection: true });
  const second = await publishedVersion(article.slug);
  const v2 = second.publishedAt.toISOString();
  expect(v2 > v1).toBe(true);

  const reviews = await jsonLd(article.slug);
  expect(reviews.map((r) => r.claimReviewed)).toEqual(second.snapshot.claims.map((c) => c.statement));
  expect(reviews.map(dates)).toEqual([
    { datePublished: v1, dateModified: undefined },
    { datePublished: v1, dateModified: v2 },
    { datePublished: v1, dateModified: undefined },
  ]);
  expect(reviews[0]).not.toHaveProperty("dateModified");
  expect(reviews[2]).not.toHaveProperty("dateModified");

  // The API's ClaimReviews say the same; so does the article's document.
  const api = (await (await claimReviewsGet(new Request(`${siteUrl()}/api/v1/claim-reviews`))).json()) as { items: Record<string, unknown>[] };
  expect(api.items.map(dates)).toEqual(reviews.map((r) => JSON.parse(JSON.stringify(dates(r))) as unknown));
  const document = (await (await articleGet(new Request(`${siteUrl()}/api/v1/articles/${article.slug}`), { params: Promise.resolve({ slug: article.slug }) })).json()) as {
    claims: { firstPublishedAt: string; modifiedAt: string | null }[];
  };
  expect(document.claims.map((c) => [c.firstPublishedAt, c.modifiedAt])).toEqual([
    [v1, null],
    [v1, v2],
    [v1, null],
  ]);

  // The feed's entry for version 2 says which reviews are unchanged and which changed in it.
  const xml = await (await feedGet(new Request(`${siteUrl()}/feed.xml`))).text();
  const entry = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, e]) => e!).find((e) => e.includes("/v/2</id>"))!;
  const content = /<content type="text">([\s\S]*?)<\/content>/.exec(entry)![1]!;
  const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(v1));
  expect(content).toContain(`Claim 1, False: ${claims[0]!.statement} (first published ${day}, unchanged)`);
  expect(content).toContain(`Claim 2, True: ${claims[1]!.statement} (first published ${day}; changed in this version)`);
  const firstEntry = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, e]) => e!).find((e) => e.includes("/v/1</id>"))!;
  expect(firstEntry).not.toContain("first published");

  // Version 3 changes only the text: claim 2 keeps v2 as its modified date; after a retraction, publishing again keeps all.
  await later();
  const { article: current } = await getWorkspace(editor, article.id);
  await reviseArticleText(editor, { articleId: article.id, version: current.version, body: `${SAMPLE_BODY}\nA later note.` });
  await publishAsShown(editor, article.id, { changeNote: "Added a note." });
  const third = (await jsonLd(article.slug)).map(dates);
  expect(third).toEqual([
    { datePublished: v1, dateModified: undefined },
    { datePublished: v1, dateModified: v2 },
    { datePublished: v1, dateModified: undefined },
  ]);
  const { article: before } = await getWorkspace(editor, article.id);
  await retractArticle(editor, { articleId: article.id, version: before.version, reason: "The survey was withdrawn." });
  await later();
  await publishAsShown(editor, article.id, { changeNote: "Back with the revised survey." });
  expect((await jsonLd(article.slug)).map(dates)).toEqual(third);
});

test("a claim added in a later version is first published then", async () => {
  const article = await makeArticle(editor, "A claim added later");
  const first = await createClaim(editor, { articleId: article.id, ...spanOf(sentences[0]!) });
  await rate(first, "False", "It rose.");
  await publishAsShown(editor, article.id);
  const v1 = (await publishedVersion(article.slug)).publishedAt.toISOString();
  await later();
  const added = await createClaim(editor, { articleId: article.id, ...spanOf(sentences[2]!) });
  await rate(added, "True", "The register shows 4,000.");
  await publishAsShown(editor, article.id, { changeNote: "Checked one more claim." });
  const v2 = (await publishedVersion(article.slug)).publishedAt.toISOString();
  expect((await jsonLd(article.slug)).map(dates)).toEqual([
    { datePublished: v1, dateModified: undefined },
    { datePublished: v2, dateModified: undefined },
  ]);
});

test("the API's since/until and search's date read when each review was published, not its latest version", async () => {
  const article = await makeArticle(editor, "A review from last year");
  const claim = await createClaim(editor, { articleId: article.id, ...spanOf(sentences[0]!) });
  await rate(claim, "False", "It rose.");
  await publishAsShown(editor, article.id);
  // As if version 1 had been published on 1 March 2025; version 2 fixes a typo today.
  const db = await getDb();
  await db.execute(sql`update ${articleVersions} set published_at = '2025-03-01T10:00:00Z',
    snapshot = jsonb_set(snapshot, '{claims,0,firstPublishedAt}', '"2025-03-01T10:00:00.000Z"') where article_id = ${article.id} and number = 1`);
  // Another fact-check, published today before that typo fix.
  const recent = await makeArticle(editor, "A review from today");
  await rate(await createClaim(editor, { articleId: recent.id, ...spanOf(sentences[1]!) }), "False", "It is more.");
  await publishAsShown(editor, recent.id);
  const { article: current } = await getWorkspace(editor, article.id);
  await reviseArticleText(editor, { articleId: article.id, version: current.version, body: `${SAMPLE_BODY}\nA typo fixed.` });
  await publishAsShown(editor, article.id, { changeNote: "A typo." });

  const reviews = async (query: string) =>
    (await (await claimReviewsGet(new Request(`${siteUrl()}/api/v1/claim-reviews?${query}`))).json()) as { total: number; items: { datePublished: string }[] };
  expect((await reviews("since=2025-01-01&until=2025-12-31")).items.map((r) => r.datePublished)).toEqual(["2025-03-01T10:00:00.000Z"]);
  expect((await reviews(`since=${new Date().toISOString().slice(0, 10)}`)).total).toBe(1);
  // A moment as until counts that moment.
  expect((await reviews("until=2025-03-01T10:00:00Z")).total).toBe(1);
  // Newest datePublished first, whatever version each is in.
  expect((await reviews("")).items.map((r) => r.datePublished.slice(0, 4))).toEqual([new Date().toISOString().slice(0, 4), "2025"]);
  expect((await reviews("until=2025-03-01T09:59:59Z")).total).toBe(0);

  const [hit] = (await searchPublished(await anonymousCtx(), { q: "unemployment" })).claims.hits;
  expect(hit!.publishedAt.toISOString()).toBe("2025-03-01T10:00:00.000Z");
  // A verdict alone lists the most recently checked first, by the date each hit shows.
  const byVerdict = (await searchPublished(await anonymousCtx(), { verdict: "False" })).claims.hits;
  expect(byVerdict.map((h) => h.slug)).toEqual([recent.slug, article.slug]);
});
