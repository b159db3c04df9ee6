import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO, uniqueTitle } from "./fixtures";
import { claimOption, outcome, publishNext } from "./publishFlow";
import { changeArticle, seed, signedInContext, type ArticleChange } from "./seed";

// What Factdesk tells the world must stay true. Readers number the claims of each version 1…n in reading order (no
// gap shows a claim that was not published), and links name a claim by an anchor that survives versions. A
// retraction is a public correction: it is listed on /corrections with its reason, is an entry of the feed, stays in
// the version history when the fact-check is published again, and a claim embedded on a partner's site says it was
// retracted and why. Readers here are signed out, so they get the server's cached answers, which must follow.

const FIRST = "Unemployment in the city fell to 3.2 percent last year, the lowest figure in a decade.";
const SECOND = "The new hospital will have 450 beds and open in March 2026, according to the health ministry.";
const THIRD = "Crime in the city centre fell by 40 percent in 2025, the police commissioner said.";
const REASON = "The statistics office withdrew the unemployment figures we relied on.";

/** The claims of the reader page in reading order: the number readers see and the anchor links use. */
async function readerClaims(page: Page) {
  const links = page.getByRole("region", { name: "The article, with the claims we checked" }).locator("a[data-claim]");
  return links.evaluateAll((found) =>
    found
      .filter((a) => a.id.endsWith("-text"))
      .map((a) => ({ anchor: a.getAttribute("data-claim")!, number: Number(/\(claim (\d+), rated/.exec(a.textContent ?? "")?.[1]), words: a.textContent ?? "" })),
  );
}

async function feedEntries(request: APIRequestContext) {
  const xml = await (await request.get("/feed.xml")).text();
  return [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, entry]) => ({
    id: /<id>(.*?)<\/id>/.exec(entry!)![1]!,
    title: /<title[^>]*>(.*?)<\/title>/.exec(entry!)![1]!,
    summary: /<summary[^>]*>([\s\S]*?)<\/summary>/.exec(entry!)![1]!,
  }));
}

test("claims numbered in reading order; a retraction stays on the record after the fact-check is published again", async ({ page, browser, request, baseURL }) => {
  // Published, corrected and retracted through the service verbs (publishing.spec.ts walks the desk's steps); the
  // desk publishes it again at the end. Version 1: the first and third sentences checked, the second waiting.
  const title = uniqueTitle("E2E article");
  const checkedFalse = (quote: string) => ({
    quote,
    reviewer: DEMO.reviewer,
    review: { verdict: "False", explanation: `Official figures contradict it (${quote.slice(0, 12)}).` },
    signOff: true,
  });
  const { articles } = await seed(request, {
    articles: [
      {
        by: DEMO.editor,
        title,
        body: [FIRST, SECOND, THIRD].join("\n"),
        sourceOutlet: "Daily Example",
        claims: [checkedFalse(FIRST), { quote: SECOND }, checkedFalse(THIRD)],
        publish: {},
      },
    ],
  });
  const { id, slug } = articles[0]!;
  const path = `/articles/${slug}`;
  const change = (steps: ArticleChange) => changeArticle(request, id, DEMO.editor, steps);

  // A reader, not signed in.
  const reader = page;
  await reader.goto(path);
  // Version 1: claims 1 and 2, in reading order (not the desk's numbers, whose gap would show the claim not published).
  const first = await readerClaims(reader);
  expect(first.map((c) => [c.number, c.words.startsWith(FIRST.slice(0, 20))])).toEqual([
    [1, true],
    [2, false],
  ]);
  expect(first[1]!.words.startsWith(THIRD.slice(0, 20))).toBe(true);
  await expect(reader.getByRole("heading", { name: "Claim 3" })).toHaveCount(0);
  // ClaimReview urls name claims by their anchors, which the page has.
  const reviews = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent())!);
  expect(reviews.map((r: { url: string }) => new URL(r.url).hash)).toEqual(first.map((c) => `#${c.anchor}`));
  const [jobsClaim] = (await (await request.get(`/api/v1/articles/${slug}`)).json()).claims;
  expect(jobsClaim).toMatchObject({ number: 1, url: `${baseURL}${path}#${first[0]!.anchor}` });

  // Version 2: the second sentence is checked too; the third sentence's claim becomes claim 3, its anchor stays.
  await change({
    claims: [{ quote: SECOND, reviewer: DEMO.reviewer, review: { verdict: "True", explanation: "The ministry confirms the figure." }, signOff: true }],
    publish: { changeNote: "We checked the hospital claim as well.", correction: true },
  });
  await reader.goto(path);
  const second = await readerClaims(reader);
  expect(second.map((c) => c.number)).toEqual([1, 2, 3]);
  expect(second[2]!.anchor).toBe(first[1]!.anchor);
  // A link made to version 1's claim 2 by its anchor still opens that claim.
  await reader.goto(`${path}#${first[1]!.anchor}`);
  await expect(reader.getByRole("dialog", { name: "Claim 3: False" })).toBeVisible();

  // A partner's page frames the first claim's embed; the corrections page lists the correction.
  const embedUrl = `${baseURL}/embed/claims/${jobsClaim.id}`;
  const corrections = await request.get("/corrections");
  expect(await corrections.text()).toContain("We checked the hospital claim as well.");

  await change({ retract: { reason: REASON } });

  // /corrections: the retraction, with its reason and date, and the correction before it, both leading to the notice.
  await reader.goto("/corrections");
  const entries = reader.getByRole("list", { name: "Corrections and retractions" }).getByRole("listitem").filter({ hasText: title });
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText("Retracted");
  await expect(entries.first()).toContainText(`Why: ${REASON}`);
  await expect(entries.first().getByRole("link", { name: "Read the retraction notice" })).toHaveAttribute("href", path);
  await expect(entries.last()).toContainText("We checked the hospital claim as well.");
  await entries.last().getByRole("link", { name: "This fact-check was retracted later: read why" }).click();
  await expect(reader.getByRole("heading", { level: 1, name: "This fact-check was retracted" })).toBeVisible();
  // The feed: an entry for the retraction, none for the withdrawn versions.
  const retractionId = `${baseURL}${path}/versions#retraction-2`;
  let feed = (await feedEntries(request)).filter((e) => e.id.startsWith(`${baseURL}${path}`));
  expect(feed).toEqual([{ id: retractionId, title: `Retracted: ${title}`, summary: expect.stringContaining(`Why: ${REASON}`) }]);
  // The embed, on the partner's page, says it was retracted and why (410 for machines).
  expect((await request.get(embedUrl)).status()).toBe(410);
  await reader.setContent(`<!doctype html><title>A partner</title><iframe id="card" src="${embedUrl}" width="560" height="260"></iframe>`);
  const card = reader.frameLocator("#card");
  await expect(card.getByText("Retracted", { exact: true })).toBeVisible();
  await expect(card.getByText(`Why: ${REASON}`)).toBeVisible();
  await expect(card.getByRole("link", { name: "Read the retraction notice" })).toHaveAttribute("href", path);

  // Published again from the desk as version 3: the history keeps the retraction, with its reason, between versions 2 and 3.
  const editorContext = await signedInContext(browser, { email: DEMO.editor });
  const desk = await editorContext.newPage();
  await desk.goto(`/desk/articles/${id}`);
  await expect(desk.getByText(/^Retracted on /)).toBeVisible();
  await publishNext(desk, 3, "Republished with the statistics office's corrected figures.");
  await reader.goto(`${path}/versions`);
  const history = reader.getByRole("list", { name: "Versions" }).getByRole("listitem");
  await expect(history).toHaveCount(4);
  await expect(history.nth(0)).toContainText("Version 3 (latest)");
  await expect(history.nth(1)).toContainText("Retracted (version 2)");
  await expect(history.nth(1)).toContainText(`Why: ${REASON}`);
  await expect(history.nth(2)).toContainText("Version 2");
  await reader.goto(path);
  await expect(reader.getByRole("complementary", { name: "Update" })).toContainText("we withdrew version 2 and published the fact-check again as version 3");
  // /corrections keeps both, now leading to the article's history; the feed keeps the retraction among the versions.
  // Asked by a browser without a copy: one keeps a public page for up to a minute (lib/web/publicCache.ts), and the
  // reader's copy above may have come from the server's cache, where another test had put it.
  const laterReader = await (await browser.newContext()).newPage();
  await laterReader.goto("/corrections");
  const laterEntries = laterReader.getByRole("list", { name: "Corrections and retractions" }).getByRole("listitem").filter({ hasText: title });
  await expect(laterEntries.first().getByRole("link", { name: "Published again since: see every version" })).toHaveAttribute("href", `${path}/versions#retraction-2`);
  await laterReader.context().close();
  feed = (await feedEntries(request)).filter((e) => e.id.startsWith(`${baseURL}${path}`));
  expect(feed.map((e) => e.id)).toEqual([`${baseURL}${path}/v/3`, retractionId, `${baseURL}${path}/v/2`, `${baseURL}${path}/v/1`]);
  for (const entry of feed) expect((await request.get(entry.id.replace(/#.*/, ""))).status(), entry.id).toBe(200);
  // The embed shows the claim again.
  expect((await request.get(embedUrl)).status()).toBe(200);
  await expect(claimOption(desk, FIRST)).toBeVisible();
  await expect(outcome(desk, "Version 3 is public.")).toBeVisible();
  await editorContext.close();
});
