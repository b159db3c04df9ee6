import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, pasteArticle, signInWithSavedSession, uniqueTitle } from "./fixtures";
import { signedInContext } from "./seed";

// Each test brings in its own article through the paste form, so tests running side by side never share claims.

const COUNCIL = "The council spent 4.2 million euros on new bicycle lanes in 2023, the mayor said on Tuesday.";
const JOBS = "Unemployment in the city fell to 3.2 percent last year, the lowest figure in a decade.";
const SQUARE = "Residents gathered in the square to watch the fireworks.";
const HOSPITAL = "The new hospital will have 450 beds and open in March 2026, according to the health ministry.";
const OPINION = "I think it was a lovely evening.";
const CRIME = "Crime rose by 12 percent in the northern districts since 2020, police figures show.";

const claimList = (page: Page) => page.getByRole("listbox", { name: "Claims" });
const option = (page: Page, text: string | RegExp) => claimList(page).getByRole("option").filter({ hasText: text });
const outcome = (page: Page) => page.getByRole("status");
/** The open claim's editor in the claims panel. */
const openClaim = (page: Page) => page.getByRole("complementary", { name: "Claims panel" }).getByRole("region", { name: /^Claim \d+$/ });

/**
 * Accepts every suggestion left and checks the claims appear. The count comes from the page, so a retrained
 * check-worthiness model does not break the tests; the sentences the tests rely on score well above the threshold.
 */
async function acceptAll(page: Page, claimsBefore = 0): Promise<number> {
  const button = page.getByRole("button", { name: /^Accept all \d+ suggestions?$/ });
  const count = Number(/\d+/.exec((await button.textContent()) ?? "")?.[0]);
  await button.click();
  await expect(outcome(page)).toHaveText(`${count} ${count === 1 ? "claim" : "claims"} created from suggestions.`);
  await expect(claimList(page).getByRole("option")).toHaveCount(claimsBefore + count);
  return count;
}

// Next.js keeps a route announcer with role="alert" in the page; ours are told apart by their text.
const alert = (page: Page, text: string) => page.getByRole("alert").filter({ hasText: text });

test("an editor imports an article from a web address, checks the preview and saves it", async ({ page }) => {
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
    <title>Mayor claims jobs boom | Daily Example</title>
    <meta property="og:site_name" content="Daily Example">
    <meta property="article:published_time" content="2024-03-05T10:00:00Z">
    <meta name="author" content="Jane Doe">
  </head><body>
    <header><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav></header>
    <main><article><h1>Mayor claims jobs boom</h1>
      <p>${JOBS}</p><p>${COUNCIL}</p><p>${SQUARE}</p>
    </article></main>
    <footer><p>© 2024 Daily Example.</p></footer>
  </body></html>`;
  const server = http.createServer((_req, res) => {
    // A little slow, like a real site, so the progress message can be seen.
    setTimeout(() => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(html);
    }, 700);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/jobs-boom`;
  try {
    await signInWithSavedSession(page, DEMO.editor);
    await page.getByRole("link", { name: "Bring in an article" }).click();
    await page.getByLabel("Web address of the article").fill(url);
    await page.getByRole("button", { name: "Fetch article" }).click();
    await expect(page.getByText("Fetching the page…")).toBeVisible();
    await expect(page.getByText("Page fetched. Check the fields below, then save the article.")).toBeVisible();

    await expect(page.getByRole("heading", { name: "Check the imported article" })).toBeVisible();
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Mayor claims jobs boom");
    await expect(page.getByLabel("Source outlet", { exact: true })).toHaveValue("Daily Example");
    await expect(page.getByLabel("Original author", { exact: true })).toHaveValue("Jane Doe");
    await expect(page.getByLabel("Original publication date", { exact: true })).toHaveValue("2024-03-05");
    await expect(page.getByLabel("Original web address", { exact: true })).toHaveValue(url);
    const body = page.getByLabel("Article text", { exact: true });
    await expect(body).toHaveValue(new RegExp(`^${JOBS.replace(/\./g, "\\.")}`));
    await expect(body).toHaveValue(/watch the fireworks\.$/);
    await expect(body).not.toHaveValue(/Politics|© 2024/);

    // The editor corrects the title before saving.
    const title = uniqueTitle("Mayor claims jobs boom");
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByRole("button", { name: "Save article" }).click();
    await expect(page).toHaveURL(/\/desk\/articles\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Daily Example, by Jane Doe, published 2024-03-05.")).toBeVisible();
    await expect(page.getByText("Draft", { exact: true })).toBeVisible();
    await expect(page.getByText("No claims yet. Accept suggested sentences, or choose Select text to mark a claim yourself.")).toBeVisible();
  } finally {
    server.close();
  }
});

test("an import that fails says why and leaves the form empty", async ({ page }) => {
  await signInWithSavedSession(page, DEMO.editor, undefined, "/desk/articles/new");
  await page.getByLabel("Web address of the article").fill("not a web address");
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(alert(page, "web address")).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("");
});

test("a pasted article without a title is refused with the field marked, and keeps the text", async ({ page }) => {
  await signInWithSavedSession(page, DEMO.editor, undefined, "/desk/articles/new");
  await page.getByLabel("Article text", { exact: true }).fill(COUNCIL);
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(alert(page, "correct the fields marked below")).toBeVisible();
  await expect(page.getByText("Enter a title.")).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Article text", { exact: true })).toHaveValue(COUNCIL);
});

test("an editor makes claims from a keyboard selection in Select text mode", async ({ page }) => {
  const short = "Turnout was 61 percent.";
  await pasteArticle(page, `${COUNCIL}\n${short}`);
  await page.getByRole("button", { name: "Select text" }).click();
  const text = page.getByLabel("Article text — select the words of a claim");

  // "The council spent " is 18 characters; select the next 18 (with the trailing space, which is trimmed off).
  await text.focus();
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < 18; i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < 18; i++) await page.keyboard.press("Shift+ArrowRight");
  await expect(page.getByText("Selected (17 characters): “4.2 million euros”")).toBeVisible();
  await page.getByRole("button", { name: "Make claim from selection" }).click();
  await expect(outcome(page)).toHaveText("Claim created.");
  await expect(claimList(page).getByRole("option")).toHaveCount(1);
  await expect(option(page, "4.2 million euros")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByLabel("Statement", { exact: true })).toHaveValue("4.2 million euros");

  // A whole (short) line: to its start, then Shift+End.
  await text.focus();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+End");
  await page.getByRole("button", { name: "Make claim from selection" }).click();
  await expect(claimList(page).getByRole("option")).toHaveCount(2);
  await expect(option(page, short)).toBeVisible();

  // Nothing selected: a clear message instead of a request.
  await text.focus();
  await page.keyboard.press("Control+Home");
  await page.getByRole("button", { name: "Make claim from selection" }).click();
  await expect(alert(page, "Select some words of the article first")).toBeVisible();
  await expect(claimList(page).getByRole("option")).toHaveCount(2);

  // The highlighted text shows both claims; the progress counts them.
  await page.getByRole("button", { name: "Highlighted text" }).click();
  await expect(page.getByText("0 of 2 claims signed off")).toBeVisible();
});

test("an editor accepts one suggestion, then all the others", async ({ page }) => {
  await pasteArticle(page, [COUNCIL, JOBS, HOSPITAL, OPINION, CRIME].join("\n"));
  const suggestions = page.getByRole("region", { name: /Suggested claims/ });
  const items = suggestions.getByRole("listitem");
  await expect(items.filter({ hasText: JOBS })).toBeVisible();
  const offered = await items.count();
  expect(offered).toBeGreaterThanOrEqual(2);
  await expect(items.first()).toContainText(/Score \d\.\d\d/);

  await items.filter({ hasText: JOBS }).getByRole("button", { name: "Accept", exact: true }).click();
  await expect(outcome(page)).toHaveText("1 claim created from suggestions.");
  await expect(claimList(page).getByRole("option")).toHaveCount(1);
  await expect(option(page, JOBS)).toBeVisible();
  await expect(items).toHaveCount(offered - 1);
  await expect(items.filter({ hasText: JOBS })).toHaveCount(0);
  // The new claim opens in the panel, as a claim made from a selection does.
  await expect(openClaim(page)).toHaveAccessibleName("Claim 1");
  await expect(openClaim(page).getByRole("blockquote").first()).toHaveText(JOBS);

  expect(await acceptAll(page, 1)).toBe(offered - 1);
  // "Accept all" opens the first claim it made (the first in the text), never leaving the previous one open.
  await expect(openClaim(page)).toHaveAccessibleName("Claim 2");
  await expect(openClaim(page).getByRole("blockquote").first()).toHaveText(COUNCIL);
  await expect(suggestions.getByText("No suggestions left")).toBeVisible();
  await expect(page.getByText(`0 of ${offered} claims signed off`)).toBeVisible();
});

test("a link to a claim shows that claim first, never another, and keeps its address", async ({ page }) => {
  await pasteArticle(page, [COUNCIL, JOBS, HOSPITAL].join("\n"));
  expect(await acceptAll(page)).toBeGreaterThanOrEqual(2);
  await claimList(page).getByRole("option").last().click();
  await expect(openClaim(page)).not.toHaveAccessibleName("Claim 1");
  const linked = (await openClaim(page).getByRole("heading").first().textContent())!;
  await expect(page).toHaveURL(/#claim-[0-9a-f-]{36}$/);
  const link = page.url();

  // A fresh tab records, from the first parsed byte, every claim its panel shows and every address it takes.
  const tab = await page.context().newPage();
  await tab.addInitScript(() => {
    const seen = { claims: [] as string[], hashes: [] as string[] };
    (window as unknown as { seen: typeof seen }).seen = seen;
    const look = () => {
      const editor = document.querySelector<HTMLElement>("[data-claim-editor]");
      if (editor && getComputedStyle(editor).display !== "none") seen.claims.push(editor.querySelector("h2")?.textContent ?? "");
      seen.hashes.push(location.hash);
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    const replace = history.replaceState.bind(history);
    history.replaceState = (...args: Parameters<History["replaceState"]>) => {
      replace(...args);
      look();
    };
  });
  await tab.goto(link);
  await expect(openClaim(tab)).toHaveAccessibleName(linked);
  await expect(tab.getByRole("heading", { name: linked })).toBeFocused();
  const seen = await tab.evaluate(() => (window as unknown as { seen: { claims: string[]; hashes: string[] } }).seen);
  expect(seen.claims.length).toBeGreaterThan(0);
  expect([...new Set(seen.claims)]).toEqual([linked]);
  expect([...new Set(seen.hashes)]).toEqual([new URL(link).hash]);
  await tab.close();
});

test("an editor edits, merges, splits and deletes claims", async ({ page }) => {
  await pasteArticle(page, [COUNCIL, JOBS, HOSPITAL, CRIME].join("\n"));
  expect(await acceptAll(page)).toBe(4);

  // Edit the statement and claimant.
  await option(page, "The council spent").click();
  await expect(page.getByRole("heading", { name: "Claim 1" })).toBeVisible();
  await page.getByLabel("Statement", { exact: true }).fill("The council spent €4.2m on bicycle lanes in 2023.");
  await page.getByLabel("Claimant", { exact: true }).fill("The mayor");
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(outcome(page)).toHaveText("Claim saved.");
  await expect(option(page, "The council spent €4.2m on bicycle lanes in 2023.")).toBeVisible();
  await expect(page.getByLabel("Claimant", { exact: true })).toHaveValue("The mayor");

  // Merge "Unemployment…" with the next claim, "The new hospital…".
  await option(page, "Unemployment in the city").click();
  await expect(page.getByText(/^Next claim: “The new hospital/)).toBeVisible();
  await page.getByRole("button", { name: "Merge with next claim" }).click();
  await expect(outcome(page)).toHaveText("Claims merged.");
  await expect(claimList(page).getByRole("option")).toHaveCount(3);
  await expect(option(page, /Unemployment in the city[\s\S]*according to the health ministry/)).toBeVisible();

  // Split it again where "The new hospital" starts: caret to the end of the quote, then back by the sentence's length.
  const quote = page.getByLabel("Claim text — put the cursor where to split");
  await expect(quote).toHaveValue(/health ministry\.$/);
  await quote.focus();
  await page.keyboard.press("Control+End");
  for (let i = 0; i < HOSPITAL.length; i++) await page.keyboard.press("ArrowLeft");
  await page.getByRole("button", { name: "Split here" }).click();
  await expect(outcome(page)).toHaveText("Claim split in two.");
  await expect(claimList(page).getByRole("option")).toHaveCount(4);
  await expect(option(page, HOSPITAL)).toBeVisible();
  await expect(option(page, JOBS)).not.toContainText("hospital");

  // Delete, with a confirmation step; Cancel keeps the claim.
  await option(page, "Crime rose by").click();
  await page.getByRole("button", { name: "Delete claim" }).click();
  await expect(page.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(claimList(page).getByRole("option")).toHaveCount(4);
  await page.getByRole("button", { name: "Delete claim" }).click();
  await expect(page.getByRole("group", { name: /Delete this claim\?/ })).toBeVisible();
  await page.getByRole("button", { name: "Yes, delete claim" }).click();
  await expect(outcome(page)).toHaveText("Claim deleted.");
  await expect(claimList(page).getByRole("option")).toHaveCount(3);
  await expect(option(page, "Crime rose by")).toHaveCount(0);

  // Keyboard: the list moves with the arrow keys and Enter opens the claim.
  await claimList(page).focus();
  await page.keyboard.press("Home");
  await expect(option(page, "The council spent")).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await expect(option(page, JOBS)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Claim 2" })).toBeFocused();
});

test("revising the text moves one claim, flags one whose words changed, and reports it", async ({ page }) => {
  await pasteArticle(page, [COUNCIL, JOBS, CRIME].join("\n"));
  expect(await acceptAll(page)).toBe(3);

  await page.getByRole("button", { name: "Revise text" }).click();
  const revised = [COUNCIL, SQUARE, JOBS, CRIME.replace("12 percent", "13 percent")].join("\n");
  await page.getByLabel("Article text", { exact: true }).fill(revised);
  await page.getByRole("button", { name: "Save text" }).click();
  await expect(outcome(page)).toHaveText("Text saved. 1 claim kept its place, 1 moved, 1 flagged: source text changed, 0 orphaned.");

  // Back in the highlighted text, with the new words; the changed claim is flagged in the list.
  await expect(page.getByRole("region", { name: "Text", exact: true }).getByText(SQUARE)).toBeVisible();
  const crime = option(page, "Crime rose by");
  await expect(crime).toContainText("Source text changed");
  await expect(option(page, JOBS)).not.toContainText("Source text changed");

  // The editor checks it and clears the flag.
  await crime.click();
  await expect(page.getByText("In the text", { exact: true }).locator("..")).toContainText("13 percent");
  await page.getByRole("button", { name: "Text is still right" }).click();
  await expect(outcome(page)).toHaveText("Claim's place in the text confirmed.");
  await expect(crime).not.toContainText("Source text changed");
});

test("a claim whose words were removed is kept as orphaned and can be attached to new words", async ({ page }) => {
  await pasteArticle(page, [COUNCIL, JOBS].join("\n"));
  expect(await acceptAll(page)).toBe(2);
  const replacement = "Turnout was 61 percent.";
  await page.getByRole("button", { name: "Revise text" }).click();
  await page.getByLabel("Article text", { exact: true }).fill([COUNCIL, replacement].join("\n"));
  await page.getByRole("button", { name: "Save text" }).click();
  await expect(outcome(page)).toHaveText("Text saved. 1 claim kept its place, 0 moved, 0 flagged: source text changed, 1 orphaned.");

  const orphans = claimList(page).getByRole("group", { name: /Orphaned claims/ });
  await expect(orphans.getByRole("option")).toHaveCount(1);
  await orphans.getByRole("option").click();
  await expect(page.getByText("Orphaned: this claim's words are no longer in the text")).toBeVisible();
  await page.getByRole("button", { name: "Attach to new words" }).click();

  const text = page.getByLabel("Article text — select the words of a claim");
  await text.focus();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+End");
  await page.getByRole("button", { name: "Attach claim to selection" }).click();
  await expect(outcome(page)).toHaveText("Claim attached to the selected words.");
  await expect(orphans).toHaveCount(0);
  await expect(page.getByText("In the text", { exact: true }).locator("..")).toContainText(replacement);
});

async function reviewerPage(browser: Browser, url: string) {
  const context = await signedInContext(browser, { email: DEMO.reviewer });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

test("a reviewer sees the workspace read-only, without editing controls, and only with a claim of their own on it", async ({ page, browser }) => {
  const { url, title } = await pasteArticle(page, [COUNCIL, JOBS].join("\n"));
  expect(await acceptAll(page)).toBe(2);

  // No claim of theirs on the article: not theirs to read.
  const outsider = await reviewerPage(browser, url);
  await expect(outsider.page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await outsider.context.close();

  await option(page, COUNCIL).click();
  await page.getByLabel("Reviewer", { exact: true }).selectOption({ label: "Rita Reviewer" });
  // From the keyboard: the button keeps focus while its action runs and after, so the next Tab goes on from there.
  const save = page.getByRole("button", { name: "Save assignment" });
  await save.focus();
  await page.keyboard.press("Enter");
  await expect(outcome(page)).toHaveText("Reviewer assigned.");
  await expect(save).toBeFocused();

  const reviewer = await reviewerPage(browser, url);
  const r = reviewer.page;
  await expect(r.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(claimList(r).getByRole("option")).toHaveCount(2);
  await option(r, JOBS).click();
  await expect(r.getByRole("heading", { name: "Claim 2" })).toBeVisible();
  await expect(r.getByText("Statement:")).toBeVisible();

  for (const name of ["Select text", "Revise text", "Accept", "Delete claim", "Save claim", "Merge with next claim", "Split here", "Publish…"]) {
    await expect(r.getByRole("button", { name, exact: true })).toHaveCount(0);
  }
  await expect(r.getByRole("button", { name: /^Accept all/ })).toHaveCount(0);
  // Not assigned to this claim: no review form either.
  await expect(r.getByRole("button", { name: "Save review" })).toHaveCount(0);
  await expect(r.getByLabel("Statement", { exact: true })).toHaveCount(0);

  // Nor may a reviewer bring in articles.
  const response = await r.goto("/desk/articles/new");
  expect(response?.status()).toBe(403);
  await reviewer.context.close();
});

test("an assigned reviewer reviews a claim, the editor signs it off and publishes", async ({ page, browser }) => {
  const { url } = await pasteArticle(page, [COUNCIL, JOBS].join("\n"));
  expect(await acceptAll(page)).toBe(2);

  await option(page, JOBS).click();
  await expect(option(page, JOBS)).toHaveAttribute("aria-selected", "true");
  await page.getByLabel("Reviewer", { exact: true }).selectOption({ label: "Rita Reviewer" });
  await page.getByRole("button", { name: "Save assignment" }).click();
  await expect(outcome(page)).toHaveText("Reviewer assigned.");
  await expect(option(page, JOBS)).toContainText("In review");

  const reviewer = await reviewerPage(browser, url);
  const r = reviewer.page;
  // Only the claim assigned to the reviewer has a review form.
  await option(r, COUNCIL).click();
  await expect(r.getByRole("button", { name: "Save review" })).toHaveCount(0);
  await option(r, JOBS).click();
  await r.getByLabel("Verdict", { exact: true }).selectOption({ label: "True — The claim is accurate." });
  await r.getByLabel("Public explanation", { exact: true }).fill("The statistics office reports 3.2 percent for last year, the lowest since 2014.");
  await r.getByLabel("Sources", { exact: true }).fill("Labour survey | https://example.org/labour-survey");
  await r.getByLabel("Send for sign-off").check();
  await r.getByRole("button", { name: "Save review" }).click();
  await expect(outcome(r)).toHaveText("Review saved and sent for sign-off.");
  await expect(option(r, JOBS)).toContainText("Needs sign-off");
  await reviewer.context.close();

  await page.reload();
  await option(page, JOBS).click();
  // Sign-off comes after the explanation and sources it approves.
  const signOff = page.getByRole("button", { name: "Sign off verdict" });
  for (const field of ["Public explanation", "Sources"]) {
    const handle = await page.getByLabel(field, { exact: true }).elementHandle();
    expect(await signOff.evaluate((button, before) => Boolean(before!.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING), handle), field).toBe(true);
  }
  await signOff.click();
  await expect(outcome(page)).toHaveText("Verdict signed off.");
  await expect(page.getByText("1 of 2 claims signed off")).toBeVisible();

  await page.getByRole("button", { name: "Publish…" }).click();
  await expect(page.getByRole("list", { name: "What changes for readers" })).toContainText("They will see the article with 1 checked claim.");
  await expect(page.getByText("1 claim is not approved yet and will not be published.")).toBeVisible();
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Version 1 is public." })).toBeVisible();
  await expect(page.getByText("Published version 1", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Read it as readers do" }).click();
  await expect(page.getByRole("heading", { name: "1 claim checked" })).toBeVisible();
});

test("an unknown article id gets the not-found page with status 404", async ({ page }) => {
  await signInWithSavedSession(page, DEMO.editor);
  for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
    const response = await page.goto(`/desk/articles/${id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Article not found" })).toBeVisible();
  }
});

test("an anonymous visitor is sent to sign in, then back to the workspace", async ({ page, browser }) => {
  const { url, title } = await pasteArticle(page, COUNCIL);
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto(url);
  await expect(visitor).toHaveURL(/\/login\?next=/);
  await visitor.getByLabel("Email").fill(DEMO.editor);
  await visitor.getByLabel("Password").fill("factdesk-demo");
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await context.close();
});
