import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO, demoArticlePath, signIn, signInWithSavedSession, uniqueTitle } from "./fixtures";
import { seed } from "./seed";

// Factdesk behind the shipped Varnish configuration (deploy/varnish/default.vcl) on a real varnishd with vmod_xkey,
// which scripts/e2e-server.mjs starts in front of the test server wherever varnishd is installed (CI installs it).
// Readers ask Varnish; editors work on the app itself, which purges Varnish by key after each change. Other tests
// run beside these and may purge what they show (a change to the organisation purges every page), so counts allow
// for a purge or two.

const EDGE = process.env.E2E_VARNISH_URL;

test.describe.configure({ mode: "serial" });
test.beforeAll(() => {
  if (EDGE) return;
  if (process.env.CI) throw new Error("CI runs the edge tests: install varnish and varnish-modules (.ci/run does)");
  test.skip(true, "varnishd is not installed (Debian: apt-get install varnish varnish-modules)");
});

/** One of Varnish's counters (varnishstat), e.g. MAIN.cache_miss. */
function counter(name: string): number {
  const instance = fs.readFileSync(path.resolve(import.meta.dirname, "..", "..", "data", "e2e-varnish-instance"), "utf8").trim();
  const json = JSON.parse(execFileSync("varnishstat", ["-n", instance, "-1", "-j", "-f", name], { encoding: "utf8" })) as {
    counters?: Record<string, { value: number }>;
  } & Record<string, { value: number }>;
  return (json.counters ?? json)[name]!.value;
}

const atEdge = (request: APIRequestContext, url: string) => request.get(`${EDGE}${url}`, { maxRedirects: 0 });

/** Asks Varnish until it answers from its cache (at most `tries` times); returns how many asks that took. */
async function untilHit(request: APIRequestContext, url: string, tries = 8): Promise<number> {
  for (let ask = 1; ask <= tries; ask++) {
    if ((await atEdge(request, url)).headers()["x-cache"] === "hit") return ask;
  }
  throw new Error(`${url} was not a hit in ${tries} asks`);
}

test("a public page is kept at the edge, and readers then get it from there", async ({ request }) => {
  const page = await demoArticlePath(request);
  // The first answer is rendered with this request's CSP nonce and is not shared; the app's next answer comes from
  // its own cache, policy by hash, and Varnish keeps that one.
  const asks = await untilHit(request, page);
  let hits = 0;
  const readers = 200;
  for (let i = 0; i < readers; i++) if ((await atEdge(request, page)).headers()["x-cache"] === "hit") hits++;
  console.info(`edge: hit from ask ${asks}; then ${hits}/${readers} hits`);
  expect(hits).toBeGreaterThanOrEqual(readers - 5);
  const kept = await atEdge(request, page);
  expect(kept.headers()["content-security-policy"]).not.toContain("'nonce-");
  // The keys are for caches only.
  expect(kept.headers()["surrogate-key"]).toBeUndefined();
  expect(kept.headers()["xkey"]).toBeUndefined();
});

test("query parameters no answer reads make no new cache entry", async ({ request }) => {
  const page = await demoArticlePath(request);
  await untilHit(request, page);
  const misses = counter("MAIN.cache_miss");
  let hits = 0;
  for (let i = 0; i < 5; i++) {
    const answer = await atEdge(request, `${page}?utm_source=news${i}&fbclid=${Date.now()}${i}`);
    if (answer.headers()["x-cache"] === "hit") hits++;
  }
  expect(hits).toBeGreaterThanOrEqual(4);
  expect(counter("MAIN.cache_miss") - misses).toBeLessThanOrEqual(1);
  // Parameters an answer reads still tell answers apart, in any order.
  // Tried again when another test's publication purged the list in between.
  await expect(async () => {
    await untilHit(request, "/api/v1/articles?perPage=5&page=1");
    expect((await atEdge(request, "/api/v1/articles?page=1&perPage=5&x=1")).headers()["x-cache"]).toBe("hit");
  }).toPass({ timeout: 30_000 });
});

test("staff pages and signed-in answers are never stored", async ({ browser, request }) => {
  for (const staff of ["/desk", "/admin", "/login", "/api/auth/session"]) {
    for (let i = 0; i < 3; i++) expect((await atEdge(request, staff)).headers()["x-cache"], staff).not.toBe("hit");
  }
  const article = await demoArticlePath(request);
  await untilHit(request, article);
  const context = await browser.newContext({ baseURL: EDGE });
  const page = await context.newPage();
  await signIn(page, DEMO.editor);
  // Addresses no reader has asked for yet: asked with the editor's session, passed on each time and not kept, so
  // the first reader after them is still a miss.
  const fresh = ["/about", "/corrections", `/api/v1/articles?perPage=${7 + Math.floor(Math.random() * 90)}`, "/feed.xml"];
  for (const url of [article, ...fresh, "/desk"]) {
    for (let i = 0; i < 2; i++) {
      const answer = await page.request.get(url);
      expect(answer.headers()["x-cache"], url).toBe("pass");
      if (url !== "/desk") expect(answer.headers()["cache-control"], url).toMatch(/private/);
    }
  }
  // Readers still get the readers' page, not the one rendered for the editor.
  expect(await (await atEdge(request, article)).text()).not.toContain("Signed in as");
  await context.close();
});

test("a retraction made on the app is a 410 at the edge within 5 s", async ({ page, request }) => {
  const quote = "The city's new tram line carried 12 million passengers in its first year.";
  const { articles } = await seed(request, {
    articles: [
      {
        by: DEMO.editor,
        title: uniqueTitle("Edge retraction"),
        body: `${quote}\nThe council says the line cost less than planned.`,
        claims: [{ quote, reviewer: DEMO.reviewer, review: { verdict: "True", explanation: "The operator's yearly report says so." }, signOff: true }],
        publish: {},
      },
    ],
  });
  const { slug, id } = articles[0]!;
  const article = `/articles/${slug}`;
  for (const url of [article, `/api/v1${article}`]) await untilHit(request, url);

  await signInWithSavedSession(page, DEMO.editor, undefined, `/desk/articles/${id}`);
  // The steps of retract() in tests/e2e/publishFlow.ts, timed from the click that retracts.
  await page.getByRole("button", { name: "Retract…" }).click();
  await page.getByLabel("Why is it retracted? (readers see this)").fill("Retracted by the edge test.");
  await page.getByRole("button", { name: "Continue" }).click();
  const confirm = page.getByRole("group", { name: /^Retract this fact-check\?/ }).getByRole("button", { name: "Retract fact-check" });
  await confirm.waitFor();
  const retracted = performance.now();
  await confirm.click();

  let seconds = Infinity;
  while (performance.now() - retracted < 10_000) {
    if ((await atEdge(request, article)).status() === 410) {
      seconds = (performance.now() - retracted) / 1000;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  console.info(`edge: retraction → 410 at the edge in ${seconds.toFixed(2)} s`);
  expect(seconds).toBeLessThanOrEqual(5);
  expect((await atEdge(request, `/api/v1${article}`)).status()).toBe(410);
  await expect(page.getByText(/^Retracted on /)).toBeVisible();
});
