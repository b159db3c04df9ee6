import { expect, test } from "@playwright/test";
import { DEMO, signInWithSavedSession, uniqueTitle } from "./fixtures";
import { outcome, selectClaim } from "./publishFlow";
import { seed } from "./seed";

// Readers never see a draft, an unapproved verdict, a dismissed claim, an internal comment or a staff e-mail, by any
// path: pages and their RSC payloads, feed, API, search, embeds, share images, sitemap. Each secret is a unique
// string put where staff see it; every public route is then fetched as a signed-out reader and searched for them.

const RUN = Date.now().toString(36);
const SECRET = {
  draft: `draftsecret${RUN}`,
  unapproved: `unapprovedsecret${RUN}`,
  dismissed: `dismissedsecret${RUN}`,
  comment: `commentsecret${RUN}`,
};
const CHECKED = "The harbour handled 12 million tonnes of cargo last year, a record, the port authority said.";
const UNAPPROVED = "Half of that cargo was coal, according to the port's own annual report.";
const DISMISSED = "The mayor expects the harbour to double its trade within a decade.";

test("nothing unpublished reaches a signed-out reader by any public route", async ({ page, request }) => {
  test.setTimeout(240_000);
  // A draft that is never published; a published article with one approved claim, one rated but not approved, and
  // one the editor dismisses below, beside a comment (seeded: publishing.spec.ts walks the desk's steps).
  const rated = (verdict: string, explanation: string) => ({ reviewer: DEMO.reviewer, review: { verdict, explanation } });
  const { articles } = await seed(request, {
    articles: [
      { by: DEMO.editor, title: uniqueTitle("Harbour draft"), body: `A draft about the harbour. ${SECRET.draft} is in its text.` },
      {
        by: DEMO.editor,
        title: uniqueTitle("Harbour trade"),
        body: [CHECKED, UNAPPROVED, DISMISSED].join("\n"),
        claims: [
          { quote: CHECKED, ...rated("True", "The statistics office reports it."), signOff: true },
          { quote: UNAPPROVED, ...rated("False", `Coal was a tenth. ${SECRET.unapproved}`) },
          { quote: DISMISSED },
        ],
        publish: {},
      },
    ],
  });
  const published = articles[1]!;
  const path = `/articles/${published.slug}`;
  await signInWithSavedSession(page, DEMO.editor, undefined, `/desk/articles/${published.id}`);
  await selectClaim(page, DISMISSED);
  // The panel's "Checked before?" list arrives after the claim is shown and moves the button down: a click caught
  // mid-move lands on nothing, so click until the form opens.
  await expect(async () => {
    await page.getByRole("button", { name: "Dismiss claim…" }).click();
    await expect(page.getByLabel("Why is it not worth checking?")).toBeVisible({ timeout: 3_000 });
  }).toPass();
  await page.getByLabel("Why is it not worth checking?").fill(`A forecast. ${SECRET.dismissed}`);
  await page.getByRole("button", { name: "Dismiss claim", exact: true }).click();
  await expect(outcome(page, /dismissed/)).toBeVisible();
  await selectClaim(page, CHECKED);
  const conversation = page.getByRole("region", { name: "Conversation" });
  await conversation.getByLabel("Add a comment").fill(`Internal only: ${SECRET.comment}`);
  await conversation.getByLabel("Add a comment").press("Control+Enter");
  await expect(page.getByRole("status").filter({ hasText: "Comment posted" })).toBeVisible();
  const slug = path.replace("/articles/", "");

  // Every public route, as a signed-out reader; pages also as the app's own navigation request (RSC payload).
  const api = await (await request.get(`/api/v1/articles/${slug}`)).json();
  const claimIds: string[] = api.claims.map((c: { id: string }) => c.id);
  expect(claimIds.length, "the API lists the published claim").toBeGreaterThan(0);
  const pages = [
    "/",
    "/?page=2",
    path,
    `${path}/versions`,
    `${path}/v/1`,
    `${path}/versions/compare?from=1&to=1`,
    "/corrections",
    "/about",
    ...Object.values(SECRET).map((s) => `/search?q=${s}`),
    `/search?q=harbour`,
    ...claimIds.map((id) => `/embed/claims/${id}`),
  ];
  const data = [
    "/feed.xml",
    "/sitemap.xml",
    "/robots.txt",
    "/api/v1/articles",
    `/api/v1/articles/${slug}`,
    `/api/v1/articles/${slug}?version=1`,
    "/api/v1/claim-reviews",
    "/api/v1/openapi.json",
    `/api/oembed?url=${encodeURIComponent(`http://localhost${path}#claim-1`)}`,
    `${path}/opengraph-image`,
  ];
  const answers: { route: string; body: string }[] = [];
  for (const route of [...pages, ...data]) {
    const response = await request.get(route, { maxRedirects: 0 });
    expect(response.status(), route).toBeLessThan(500);
    answers.push({ route, body: await response.text() });
  }
  for (const route of pages) {
    const response = await request.get(route, { headers: { rsc: "1" }, maxRedirects: 0 });
    answers.push({ route: `${route} (RSC)`, body: await response.text() });
  }
  const secrets = [...Object.values(SECRET), DEMO.reviewer, DEMO.editor, DEMO.admin];
  // A search page repeats the words searched for; what must not be there is a result.
  const searchedFor = (route: string) => /^\/search\?q=([^&]+)/.exec(route.replace(" (RSC)", ""))?.[1];
  const leaks = answers.flatMap(({ route, body }) =>
    secrets.filter((secret) => secret !== searchedFor(route) && body.includes(secret)).map((secret) => `${route}: ${secret}`),
  );
  expect(leaks).toEqual([]);
  for (const { route, body } of answers.filter((a) => Object.values(SECRET).includes(searchedFor(a.route) ?? "") && !a.route.endsWith("(RSC)"))) {
    expect(body, route).toContain("No published fact-check matches");
  }
  // The routes did answer with the published content (so an empty answer cannot pass).
  expect(answers.find((a) => a.route === path)?.body).toContain("The statistics office reports it.");
});
