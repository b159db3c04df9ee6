import { expect, test, type Page } from "@playwright/test";
import { axe } from "./axe";
import { DEMO, demoArticlePath, signInWithSavedSession } from "./fixtures";

// The reader's page of the demo's published article, as an anonymous reader uses it: keyboard, deep links, no
// JavaScript, a phone's width, dark mode, and the files search engines and browsers ask for. Readers get the page
// the reader cache keeps (without the framework's client code), so it is asked for once before each visit.


let demoHref: string | undefined;

/** The demo article's address: looked up once in this worker (it stays the same). */
async function demoArticleHref(page: Page): Promise<string> {
  demoHref ??= await demoArticlePath(page.request);
  return demoHref;
}

async function openDemoArticle(page: Page, hash = "") {
  const href = await demoArticleHref(page);
  await page.request.get(href);
  await page.goto(`${href}${hash}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Russia Accuses Ukraine");
  return href;
}

/** The claim link whose name ends with its verdict, e.g. "… (claim 2, rated True)": its number and its anchor. */
async function claimLink(page: Page, verdict: string) {
  const link = page.getByRole("link", { name: new RegExp(`\\(claim \\d+, rated ${verdict}\\)$`) });
  await expect(link).toHaveCount(1);
  const name = (await link.textContent()) ?? "";
  return { link, number: Number(/\(claim (\d+), rated/.exec(name)![1]), anchor: (await link.getAttribute("data-claim"))! };
}

async function seriousViolations(page: Page) {
  const results = await axe(page).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("a reader opens a claim's review with the keyboard alone, and Escape brings them back to it", async ({ page }) => {
  await openDemoArticle(page);
  await expect(page.getByRole("heading", { name: "3 claims checked" })).toBeVisible();
  const { link, number, anchor } = await claimLink(page, "Unproven");

  let reached = false;
  for (let presses = 0; presses < 40 && !reached; presses++) {
    await page.keyboard.press("Tab");
    reached = await link.evaluate((element) => element === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press("Enter");

  const dialog = page.getByRole("dialog", { name: `Claim ${number}: Unproven` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("Two drones were shot down over the Kremlin and caused no material damage to it.")).toBeVisible();
  await expect(dialog.getByText("Claimed by Kremlin statement")).toBeVisible();
  await expect(dialog.getByRole("link", { name: "2023 Kremlin drone attack (overview)" })).toBeVisible();
  // Who wrote the verdict and who approved it (the demo's reviewer and editor).
  await expect(dialog.getByText(/^Verdict by Rita Reviewer · approved by Eddie Editor on \d{1,2} \w+ \d{4}\.$/)).toBeVisible();
  // The address names the claim by its anchor, which stays the same in every version.
  await expect(page).toHaveURL(new RegExp(`#${anchor}$`));
  expect(anchor).toMatch(/^claim-[0-9a-f]{8}$/);

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();
});

test("a deep link to a claim, by its anchor or by the number readers see, opens that claim's review", async ({ page }) => {
  await openDemoArticle(page);
  const { link, number, anchor } = await claimLink(page, "True");
  for (const hash of [`#${anchor}`, `#claim-${number}`]) {
    await openDemoArticle(page, hash);
    const dialog = page.getByRole("dialog", { name: `Claim ${number}: True` });
    await expect(dialog, hash).toBeVisible();
    await expect(dialog.getByText("Victory Day, on May 9, commemorates Nazi Germany's surrender in World War II.")).toBeVisible();
    await expect(link).toBeInViewport();
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();
    await expect(link).toBeFocused();
  }
});

test("a reader's page comes without the framework's code: its one script is its own, and claims still open", async ({ page }) => {
  const href = await demoArticleHref(page);
  let scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  // Kept once asked for; but every publication of another test running beside this one makes the kept pages stale,
  // so the browser's visit is tried again until it is the kept page that answers it.
  let served: string | undefined;
  for (let attempt = 0; attempt < 5 && served !== "hit"; attempt++) {
    let cached = false;
    for (let ask = 0; ask < 5 && !cached; ask++) cached = (await page.request.get(href)).headers()["x-factdesk-cache"] === "hit";
    expect(cached, "the page is kept after it is first asked for").toBe(true);
    scripts = [];
    served = (await page.goto(href))?.headers()["x-factdesk-cache"];
  }
  expect(served, "the browser is answered with the kept page").toBe("hit");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Russia Accuses Ukraine");
  await page.waitForLoadState("load");
  expect(scripts).toEqual([]);
  expect(await page.locator("script:not([type])").count()).toBe(1);
  const { link, number } = await claimLink(page, "True");
  await link.click();
  await expect(page.getByRole("dialog", { name: `Claim ${number}: True` })).toBeVisible();
});

test("signed-in staff get the page as Next.js renders it, hydrated, and its claims open the same way", async ({ page }) => {
  await signInWithSavedSession(page, DEMO.editor);
  const href = await demoArticleHref(page);
  await page.goto(href);
  await page.waitForLoadState("networkidle");
  expect(await page.locator('script[src*="/_next/static/"]').count()).toBeGreaterThan(0);
  const { link, number, anchor } = await claimLink(page, "True");
  const dialog = page.getByRole("dialog", { name: `Claim ${number}: True` });
  await link.click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("Victory Day, on May 9, commemorates Nazi Germany's surrender in World War II.")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();
  // Opened before hydration, as a deep link does, it stays open through it.
  await page.goto("/about");
  await page.goto(`${href}#${anchor}`);
  await expect(dialog).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expect(dialog.getByText("Victory Day, on May 9, commemorates Nazi Germany's surrender in World War II.")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the claims are numbered notes after the text, linked to their words and back", async ({ page }) => {
    await openDemoArticle(page);
    const notes = page.getByRole("region", { name: "The claims, one by one" }).getByRole("listitem").filter({ hasText: "Claimed by" });
    await expect(notes).toHaveCount(3);
    const { link, number, anchor } = await claimLink(page, "Mostly true");
    await expect(link).toHaveAttribute("href", `#${anchor}`);

    await link.click();
    await expect(page).toHaveURL(new RegExp(`#${anchor}$`));
    const note = page.locator(`li#${anchor}`);
    await expect(note).toBeInViewport();
    await expect(note.getByRole("heading", { name: `Claim ${number}` })).toBeVisible();
    await expect(note.getByText("Vladimir Putin was not in the Kremlin when the drones were brought down.")).toBeVisible();
    await expect(note.getByText("Mostly true", { exact: true })).toBeVisible();

    const back = note.getByRole("link", { name: `Back to claim ${number} in the text` });
    await expect(back).toHaveAttribute("href", `#${anchor}-text`);
    await expect(link).toHaveAttribute("id", `${anchor}-text`);
    await back.click();
    await expect(link).toBeInViewport();
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });
});

test("the home page and the reader's page have no serious accessibility problems, light or dark", async ({ page }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto("/");
    expect(await seriousViolations(page), `home, ${colorScheme}`).toEqual([]);
    await openDemoArticle(page);
    expect(await seriousViolations(page), `article, ${colorScheme}`).toEqual([]);
    await (await claimLink(page, "True")).link.click();
    await expect(page.getByRole("dialog")).toBeVisible();
    expect(await seriousViolations(page), `article with a review open, ${colorScheme}`).toEqual([]);
  }
  // Dark really is dark: the page background follows the reader's setting.
  const background = await page.evaluate(() => getComputedStyle(document.querySelector(".reader-shell")!).backgroundColor);
  expect(background).not.toBe("rgb(250, 250, 249)");
});

test("public pages fit a 390-pixel phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const widths: Record<string, number> = {};
  await page.goto("/");
  widths.home = await page.evaluate(() => document.documentElement.scrollWidth);
  await openDemoArticle(page);
  widths.article = await page.evaluate(() => document.documentElement.scrollWidth);
  await (await claimLink(page, "Unproven")).link.click();
  await expect(page.getByRole("dialog")).toBeVisible();
  widths.review = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.goto("/about");
  widths.about = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(widths).toEqual({ home: 390, article: 390, review: 390, about: 390 });
});

test("every public page has the site footer, with the demo notice in demo mode", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByText(/Demo site\./)).toBeVisible();
  await footer.getByRole("link", { name: "About us" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^About / })).toBeVisible();
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Corrections" })).toHaveAttribute("href", "/corrections");
});

test("robots.txt, sitemap.xml and the favicon answer", async ({ page, request }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const rules = await robots.text();
  for (const path of ["/desk", "/admin", "/api/auth"]) expect(rules).toContain(`Disallow: ${path}`);
  expect(robots.headers()["content-type"]).toContain("text/plain");

  const href = await openDemoArticle(page);
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  expect(await sitemap.text()).toContain(`${href}</loc>`);

  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  const favicon = await request.get(icon!);
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toContain("image/svg+xml");
});
