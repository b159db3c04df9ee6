import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

// Readers' pages come from the server's cache after the first answer (docs/caching.md), with a fresh nonce each
// time; signed-in staff always get a page rendered for them.

async function demoArticlePath(request: import("@playwright/test").APIRequestContext): Promise<string> {
  const home = await (await request.get("/")).text();
  const path = /href="(\/articles\/russia-accuses[^"#]*)"/.exec(home)?.[1];
  expect(path, "the demo's published article is on the home page").toBeTruthy();
  return path!;
}

test("a reader page is served again from the cache, each answer with its own nonce in header and body", async ({ request, page }) => {
  const path = await demoArticlePath(request);
  await request.get(path);
  const answers = [await request.get(path), await request.get(path)];
  for (const answer of answers) {
    expect(answer.status()).toBe(200);
    expect(answer.headers()["x-factdesk-cache"]).toBe("hit");
    const nonce = /'nonce-([^']+)'/.exec(answer.headers()["content-security-policy"] ?? "")?.[1];
    const body = await answer.text();
    // Every script that runs carries the nonce (data blocks such as the ClaimReview JSON-LD never run).
    const scripts = [...body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('type="application/ld+json"'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(answers[0]!.headers()["content-security-policy"]).not.toBe(answers[1]!.headers()["content-security-policy"]);

  // A cached page still runs its scripts in the browser: no policy violation, and the page works.
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(path);
  expect(response?.headers()["x-factdesk-cache"]).toBe("hit");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});

test("signed-in staff and the app's own navigation requests never get a cached answer", async ({ page, request }) => {
  const path = await demoArticlePath(request);
  await request.get(path);
  await signIn(page, DEMO.editor);
  const asEditor = await page.request.get(path);
  expect(asEditor.status()).toBe(200);
  expect(asEditor.headers()["x-factdesk-cache"]).toBeUndefined();
  const navigation = await request.get(path, { headers: { rsc: "1" } });
  expect(navigation.headers()["x-factdesk-cache"]).toBeUndefined();
});
