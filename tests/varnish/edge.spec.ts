import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO, signIn } from "../e2e/fixtures";

// Factdesk behind the shipped Varnish configuration (deploy/varnish/default.vcl), on a real varnishd with vmod_xkey
// (tests/varnish/edgeServers.mjs starts both). Readers ask Varnish; the editor works on the app itself, which purges
// Varnish by key after each change. The figures (hit ratio, retraction → 410) are printed for the report.

test.describe.configure({ mode: "serial" });

const APP = `http://127.0.0.1:${Number(process.env.VARNISH_APP_PORT ?? 3180)}`;
const instance = () => fs.readFileSync(path.resolve(import.meta.dirname, "..", "..", "data", "varnish-instance"), "utf8").trim();

/** One of Varnish's counters (varnishstat), e.g. MAIN.n_object. */
function counter(name: string): number {
  const json = JSON.parse(execFileSync("varnishstat", ["-n", instance(), "-1", "-j", "-f", name], { encoding: "utf8" })) as {
    counters?: Record<string, { value: number }>;
  } & Record<string, { value: number }>;
  return (json.counters ?? json)[name]!.value;
}

async function articlePath(request: APIRequestContext): Promise<string> {
  const home = await (await request.get("/")).text();
  const found = /href="(\/articles\/russia-accuses[^"#?]*)"/.exec(home)?.[1];
  expect(found, "the demo's published article is on the home page").toBeTruthy();
  return found!;
}

/** Asks until Varnish answers from its cache (at most `tries` times); returns how many asks that took. */
async function untilHit(request: APIRequestContext, url: string, tries = 5): Promise<number> {
  for (let ask = 1; ask <= tries; ask++) {
    if ((await request.get(url)).headers()["x-cache"] === "hit") return ask;
  }
  throw new Error(`${url} was not a hit in ${tries} asks`);
}

test("a public page is kept at the edge, and readers then get it from there", async ({ request }) => {
  const page = await articlePath(request);
  // The first answer is rendered with this request's CSP nonce and is not shared; the app's next answer comes from
  // its own cache, policy by hash, and Varnish keeps that one.
  const asks = await untilHit(request, page, 3);
  let hits = 0;
  const readers = 200;
  const started = performance.now();
  for (let i = 0; i < readers; i++) if ((await request.get(page)).headers()["x-cache"] === "hit") hits++;
  const seconds = (performance.now() - started) / 1000;
  console.log(`edge: hit from ask ${asks}; then ${hits}/${readers} hits (${((100 * hits) / readers).toFixed(1)} %), ${(readers / seconds).toFixed(0)} sequential requests/s`);
  expect(hits).toBe(readers);
  const kept = await request.get(page);
  expect(kept.headers()["content-security-policy"]).not.toContain("'nonce-");
  // The keys are for caches only.
  expect(kept.headers()["surrogate-key"]).toBeUndefined();
  expect(kept.headers()["xkey"]).toBeUndefined();
});

test("query parameters no answer reads make no new cache entry", async ({ request }) => {
  const page = await articlePath(request);
  await untilHit(request, page);
  const objects = counter("MAIN.n_object");
  for (let i = 0; i < 5; i++) {
    const answer = await request.get(`${page}?utm_source=news${i}&fbclid=${Date.now()}${i}`);
    expect(answer.headers()["x-cache"]).toBe("hit");
  }
  expect(counter("MAIN.n_object")).toBe(objects);
  // Parameters an answer reads still tell answers apart, in any order.
  await untilHit(request, "/api/v1/articles?perPage=5&page=1");
  expect((await request.get("/api/v1/articles?page=1&perPage=5&x=1")).headers()["x-cache"]).toBe("hit");
});

test("staff pages and signed-in answers are never stored", async ({ page, request }) => {
  for (const staff of ["/desk", "/admin", "/login", "/api/auth/session"]) {
    for (let i = 0; i < 3; i++) expect((await request.get(staff, { maxRedirects: 0 })).headers()["x-cache"], staff).not.toBe("hit");
  }
  const article = await articlePath(request);
  await untilHit(request, article);
  await signIn(page, DEMO.editor);
  // Addresses no reader has asked for yet: asked with the editor's session, passed on each time and not kept, so
  // the first reader after them is still a miss.
  const fresh = ["/about", "/corrections", "/api/v1/articles?perPage=7", "/feed.xml"];
  for (const url of [article, ...fresh, "/desk"]) {
    for (let i = 0; i < 2; i++) {
      const answer = await page.request.get(url);
      expect(answer.headers()["x-cache"], url).toBe("pass");
      if (url !== "/desk") expect(answer.headers()["cache-control"], url).toMatch(/private/);
    }
  }
  for (const url of fresh) expect((await request.get(url)).headers()["x-cache"], url).not.toBe("hit");
  // Readers still get the readers' page, not the one rendered for the editor.
  expect(await (await request.get(article)).text()).not.toContain("Signed in as");
});

test("a retraction made on the app is a 410 at the edge within 5 s", async ({ browser, request }) => {
  const article = await articlePath(request);
  const api = `/api/v1${article}`;
  for (const url of [article, api, "/"]) await untilHit(request, url);

  const context = await browser.newContext({ baseURL: APP });
  const editor = await context.newPage();
  await signIn(editor, DEMO.editor);
  await editor.goto("/desk");
  await editor.getByRole("link", { name: /Russia Accuses Ukraine/ }).first().click();
  await editor.waitForURL(/\/desk\/articles\//);
  // The steps of retract() in tests/e2e/publishFlow.ts, timed from the click that retracts.
  await editor.getByRole("button", { name: "Retract…" }).click();
  await editor.getByLabel("Why is it retracted? (readers see this)").fill("Retracted by the Varnish test.");
  await editor.getByRole("button", { name: "Continue" }).click();
  const confirm = editor.getByRole("group", { name: /^Retract this fact-check\?/ }).getByRole("button", { name: "Retract fact-check" });
  await confirm.waitFor();
  const retracted = performance.now();
  await confirm.click();

  let seconds = Infinity;
  while (performance.now() - retracted < 10_000) {
    if ((await request.get(article)).status() === 410) {
      seconds = (performance.now() - retracted) / 1000;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  console.log(`edge: retraction → 410 at the edge in ${seconds.toFixed(2)} s`);
  expect(seconds).toBeLessThanOrEqual(5);
  expect((await request.get(api)).status()).toBe(410);
  expect(await (await request.get("/")).text()).not.toContain(article);
  await expect(editor.getByText(/^Retracted on /)).toBeVisible();
  await context.close();
});
