import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, pasteArticle, signIn, uniqueTitle } from "./fixtures";
import { outcome, publishNext } from "./publishFlow";

// A fact-check published, then corrected (new words in the text, another verdict); a signed-out reader follows
// its versions, compares them, reads the first, finds it among the corrections, on the home page and in search.

const JOBS = "Unemployment in the city fell to 3.2 percent last year, the lowest figure in a decade.";
const COUNCIL = "The council spent 4.2 million euros on new bicycle lanes in 2023, the mayor said on Tuesday.";
const ADDED = "The statistics office later revised its survey.";

const claims = (page: Page) => page.getByRole("listbox", { name: "Claims" });
const option = (page: Page, text: string) => claims(page).getByRole("option").filter({ hasText: text });

/** Publishes the article open in the workspace as its next version; returns the reader page's path. */
async function publishVersion(page: Page, number: number, note?: { changeNote: string; correction: boolean }) {
  await page.reload();
  return publishNext(page, number, note?.changeNote, note?.correction);
}

/** The editor gives the claim a verdict and sends it for sign-off (asked first when it was signed off). */
async function rate(page: Page, verdict: string, explanation: string) {
  await option(page, JOBS).click();
  await page.getByLabel("Verdict", { exact: true }).selectOption({ label: verdict });
  await page.getByLabel("Public explanation", { exact: true }).fill(explanation);
  await page.getByLabel("Send for sign-off").check();
  await page.getByRole("button", { name: "Save review" }).click();
  const reopen = page.getByRole("group", { name: "Reopen a signed-off claim?" });
  const saved = outcome(page, "Review saved");
  await expect(reopen.or(saved)).toBeVisible();
  if (await reopen.isVisible()) await reopen.getByRole("button").first().click();
  await expect(saved).toBeVisible();
}

/** Nobody signs off their own verdict: the admin, a second editor, signs it off. */
async function signOffAsAdmin(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.admin, undefined, new URL(url).pathname);
  await option(page, JOBS).click();
  await page.getByRole("button", { name: "Sign off verdict" }).click();
  await expect(outcome(page, "Verdict signed off.")).toBeVisible();
  await context.close();
}

test("a corrected fact-check: versions, comparison, the older version, corrections, home page and search", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const marker = uniqueTitle("Survey").replace(/\s+/g, "").toLowerCase();
  const { url, title } = await pasteArticle(page, [JOBS, COUNCIL].join("\n"), uniqueTitle("Jobs figures"));
  await page.getByRole("button", { name: /^Accept all/ }).click();
  await expect(option(page, JOBS)).toBeVisible();

  await rate(page, "False — The claim is inaccurate.", `The survey says 4.1 percent (${marker}).`);
  await signOffAsAdmin(browser, url);
  await publishVersion(page, 1);

  // Version 2: a sentence added to the text, and the verdict changed.
  await page.getByRole("button", { name: "Revise text" }).click();
  await page.getByLabel("Article text", { exact: true }).fill([JOBS, COUNCIL, ADDED].join("\n"));
  await page.getByRole("button", { name: "Save text" }).click();
  await expect(outcome(page, "Text saved.")).toBeVisible();
  await page.reload();
  await rate(page, "Misleading — Accurate in part, but creates a false impression.", `The revised survey says 3.2 percent for one quarter only (${marker}).`);
  await signOffAsAdmin(browser, url);
  const path = await publishVersion(page, 2, { changeNote: "We had the survey's period wrong.", correction: true });
  const slug = path.replace("/articles/", "");

  // From here on, a reader who is not signed in.
  const context = await browser.newContext();
  const reader = await context.newPage();

  await reader.goto(`/articles/${slug}/versions`);
  const versions = reader.getByRole("list", { name: "Versions" }).getByRole("listitem");
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText("Version 2 (latest)");
  await expect(versions.first()).toContainText("Correction");
  await expect(versions.first()).toContainText("We had the survey's period wrong.");
  await expect(versions.last()).toContainText("First published.");

  // The compare form works as a plain GET form.
  const form = reader.getByRole("form", { name: "Compare two versions" });
  await form.getByLabel("Older version").selectOption("1");
  await form.getByLabel("Newer version").selectOption("2");
  await form.getByRole("button", { name: "Compare" }).click();
  await expect(reader).toHaveURL(new RegExp(`/articles/${slug}/versions/compare\\?from=1&to=2$`));
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("What changed from version 1 to version 2");
  await expect(reader.locator("ins").filter({ hasText: ADDED })).toBeVisible();
  const change = reader.getByRole("list", { name: "Claim changes" }).getByRole("listitem").first();
  await expect(change).toContainText("Verdict changed from False to Misleading.");
  await expect(change).toContainText("Explanation changed");

  // The first version stays readable, saying it is not the latest.
  await reader.getByRole("link", { name: "Read version 1" }).first().click();
  await expect(reader).toHaveURL(new RegExp(`/articles/${slug}/v/1$`));
  await expect(reader.getByRole("complementary", { name: /Update|Correction/ })).toContainText("You are reading version 1 of 2");
  await expect(reader.getByText(`The survey says 4.1 percent (${marker}).`)).toBeVisible();
  await expect(reader.getByText(ADDED)).toHaveCount(0);
  await reader.getByRole("link", { name: "Read the latest version" }).click();
  await expect(reader).toHaveURL(new RegExp(`/articles/${slug}$`));

  // The corrections page lists it, with links to the version and to what changed.
  await reader.goto("/corrections");
  const correction = reader.getByRole("list", { name: "Corrections" }).getByRole("listitem").filter({ hasText: title });
  await expect(correction).toContainText("Corrected in version 2");
  await expect(correction).toContainText("We had the survey's period wrong.");
  await correction.getByRole("link", { name: "What changed from version 1" }).click();
  await expect(reader).toHaveURL(new RegExp(`/articles/${slug}/versions/compare\\?from=1&to=2$`));

  // The home page shows it with its verdict summary.
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: title })).toBeVisible();
  await expect(reader.getByRole("list", { name: `Verdicts in “${title}”` })).toHaveText("1 Misleading");

  // Search finds the claim by its latest explanation; the verdict filter narrows the results.
  await reader.getByRole("link", { name: "Search the fact-checks" }).click();
  const search = reader.getByRole("search", { name: "Search fact-checks" });
  await search.getByLabel("Search claims and articles").fill(marker);
  await search.getByRole("button", { name: "Search" }).click();
  const hit = reader.getByRole("link", { name: JOBS });
  await expect(hit).toHaveAttribute("href", new RegExp(`/articles/${slug}#claim-[0-9a-f]{8}$`));
  // The filter offers the verdicts published claims have: "False" was this claim's only in version 1.
  const offered = await search.getByLabel("Verdict").getByRole("option").allTextContents();
  expect(offered).toContain("Misleading");
  const other = offered.find((label) => !["Any verdict", "Misleading"].includes(label))!;
  await search.getByLabel("Verdict").selectOption(other);
  await search.getByRole("button", { name: "Search" }).click();
  await expect(reader).toHaveURL(/verdict=/);
  await expect(reader.getByRole("status")).toContainText("No published fact-check matches");
  await expect(reader.getByRole("link", { name: JOBS })).toHaveCount(0);
  await search.getByLabel("Verdict").selectOption("Misleading");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(reader.getByRole("link", { name: JOBS })).toHaveAttribute("href", new RegExp(`/articles/${slug}#claim-[0-9a-f]{8}$`));

  // Without words, it says what to do.
  await reader.goto("/search");
  await expect(reader.getByRole("status")).toHaveText("Type a word or two to search the fact-checks, or pick a verdict.");
  await context.close();
});
