import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, pasteArticle, signInWithSavedSession } from "./fixtures";

// The loop between an editor and a reviewer: submit, return with a comment, resubmit, approve; a change to a
// signed-off claim reopens it (after a warning) for another editor; dismissal with a reason; the claim's history.

const JOBS = "Unemployment in the city fell to 3.2 percent last year, the lowest figure in a decade.";
const HOSPITAL = "The new hospital will have 450 beds and open in March 2026, according to the health ministry.";

const claims = (page: Page) => page.getByRole("listbox", { name: "Claims" });
const option = (page: Page, text: string) => claims(page).getByRole("option").filter({ hasText: text });
const outcome = (page: Page) => page.getByRole("status").filter({ hasText: /./ });

async function asReviewer(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithSavedSession(page, DEMO.reviewer, undefined, url);
  return { context, page };
}

async function submitReview(page: Page, explanation: string) {
  await option(page, JOBS).click();
  await page.getByLabel("Verdict", { exact: true }).selectOption({ label: "Mostly true — Accurate, with minor caveats." });
  await page.getByLabel("Public explanation", { exact: true }).fill(explanation);
  await page.getByLabel("Send for sign-off").check();
  await page.getByRole("button", { name: "Save review" }).click();
  await expect(outcome(page)).toHaveText("Review saved and sent for sign-off.");
}

test("submit, return with a comment, resubmit, approve; a change reopens it; history tells every step", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { url } = await pasteArticle(page, [JOBS, HOSPITAL].join("\n"));
  await page.getByRole("button", { name: /^Accept all/ }).click();
  await expect(claims(page).getByRole("option")).toHaveCount(2);
  await option(page, JOBS).click();
  await expect(page.getByRole("heading", { name: "Claim 1" })).toBeVisible();
  await page.getByLabel("Reviewer", { exact: true }).selectOption({ label: "Rita Reviewer" });
  await page.getByRole("button", { name: "Save assignment" }).click();
  await expect(outcome(page)).toHaveText("Reviewer assigned.");

  const reviewer = await asReviewer(browser, url);
  await submitReview(reviewer.page, "The statistics office reports 3.2 percent.");

  // The editor returns it, and must say why.
  await page.reload();
  await option(page, JOBS).click();
  await page.getByRole("button", { name: "Return to reviewer…" }).click();
  await page.getByRole("button", { name: "Return claim" }).click();
  await expect(page.getByLabel("What should the reviewer change?")).toHaveAccessibleDescription(/Say what the reviewer should change/);
  await page.getByLabel("What should the reviewer change?").fill("Which year is that figure for? Link the survey.");
  await page.getByRole("button", { name: "Return claim" }).click();
  await expect(outcome(page)).toHaveText("Claim 1 returned to Rita Reviewer.");
  await expect(option(page, JOBS)).toContainText("In review");

  // The reviewer works on it again and resubmits; the editor approves.
  await reviewer.page.reload();
  await submitReview(reviewer.page, "The statistics office reports 3.2 percent for 2025, the lowest since 2014.");
  await reviewer.context.close();
  await page.reload();
  await option(page, JOBS).click();
  await page.getByRole("button", { name: "Sign off verdict" }).click();
  await expect(outcome(page)).toHaveText("Verdict signed off.");
  // The page shows the signed-off claim (the refreshed workspace) before the editor goes on.
  await expect(option(page, JOBS)).toContainText("Signed off");

  // Changing the statement of a signed-off claim asks first, then sends it back for sign-off by someone else.
  await page.getByLabel("Statement", { exact: true }).fill("Unemployment fell to 3.2 percent in 2025.");
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByRole("group", { name: "Reopen a signed-off claim?" })).toBeVisible();
  await page.getByRole("button", { name: "Save and send for sign-off again" }).click();
  await expect(outcome(page)).toHaveText("Claim saved. It waits for sign-off again.");
  await expect(page.getByText("You sent this verdict for sign-off, so another editor must approve it.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign off verdict" })).toHaveCount(0);

  // The history, in words.
  await page.getByRole("button", { name: "Show history" }).click();
  const history = page.getByRole("list", { name: "History of claim 1" });
  await expect(history.getByRole("listitem")).toHaveText([
    /Eddie Editor created the claim from a suggested sentence/,
    /Eddie Editor assigned it to Rita Reviewer/,
    /Rita Reviewer gave the verdict “Mostly true” .* and sent it for sign-off/,
    /Eddie Editor returned it to the reviewer.*Which year is that figure for\?/,
    /Rita Reviewer edited the public explanation and sent it for sign-off/,
    /Eddie Editor signed off the verdict “Mostly true”/,
    /Eddie Editor changed the statement .* so it waits for sign-off again/,
  ]);
});

test("an editor dismisses a claim with a reason and restores it; a claim's link opens it", async ({ page }) => {
  const { url } = await pasteArticle(page, [JOBS, HOSPITAL].join("\n"));
  await page.getByRole("button", { name: /^Accept all/ }).click();
  // Once the claims are made and the page refreshed: an outcome waits for any transition still running before it.
  await expect(outcome(page)).toHaveText("2 claims created from suggestions.");
  await option(page, HOSPITAL).click();
  await page.getByRole("button", { name: "Dismiss claim…" }).click();
  await page.getByRole("button", { name: "Dismiss claim", exact: true }).click();
  await expect(page.getByLabel("Why is it not worth checking?")).toHaveAccessibleDescription(/Say why this claim is not worth checking/);
  await page.getByLabel("Why is it not worth checking?").fill("A forecast, not yet checkable.");
  await page.getByRole("button", { name: "Dismiss claim", exact: true }).click();
  await expect(outcome(page)).toHaveText("Claim 2 dismissed. You can restore it at any time.");
  await expect(page.getByText("Dismissed: A forecast, not yet checkable.")).toBeVisible();
  await expect(option(page, HOSPITAL)).toContainText("Dismissed");
  await page.getByRole("button", { name: "Restore claim" }).click();
  await expect(outcome(page)).toHaveText("Claim 2 restored.");

  // The address names the selected claim; opening it elsewhere opens that claim.
  await expect(page).toHaveURL(/#claim-[0-9a-f-]{36}$/);
  const link = page.url();
  await page.goto(url);
  await option(page, JOBS).click();
  await expect(page.getByRole("heading", { name: "Claim 1" })).toBeVisible();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Claim 2" })).toBeVisible();
});

test("a stale save is refused with what the other person saved, and keeps what was typed", async ({ page, browser }) => {
  const { url } = await pasteArticle(page, [JOBS, HOSPITAL].join("\n"));
  await page.getByRole("button", { name: /^Accept all/ }).click();
  await option(page, JOBS).click();

  // The editor types; meanwhile a second editor (the admin) saves the same claim.
  const mine = "Unemployment in the city fell to its lowest level in a decade.";
  await page.getByLabel("Statement", { exact: true }).fill(mine);
  const context = await browser.newContext();
  const other = await context.newPage();
  await signInWithSavedSession(other, DEMO.admin, undefined, url);
  await option(other, JOBS).click();
  await other.getByLabel("Statement", { exact: true }).fill("Unemployment fell to 3.2 percent, the statistics office says.");
  await other.getByRole("button", { name: "Save claim" }).click();
  await expect(outcome(other)).toHaveText("Claim saved.");
  await context.close();

  // The editor's open page says so (live) and keeps what was typed; saving it is refused, saying what the other saved.
  await expect(page.getByText("Changed by Ada Admin — see the new version")).toBeVisible();
  await expect(page.getByLabel("Statement", { exact: true })).toHaveValue(mine);
  await page.getByRole("button", { name: "Save claim" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "Someone else changed this claim" });
  await expect(refusal).toContainText("Ada Admin saved it at");
  await expect(refusal).toContainText("Statement: “Unemployment fell to 3.2 percent, the statistics office says.”");
  await expect(page.getByLabel("Statement", { exact: true })).toHaveValue(mine);

  // After reloading, their change is shown and what was typed is still in the form to save again.
  await refusal.getByRole("button", { name: "Reload the article" }).click();
  await expect(option(page, "the statistics office says")).toBeVisible();
  await expect(page.getByLabel("Statement", { exact: true })).toHaveValue(mine);
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(outcome(page)).toHaveText("Claim saved.");
});
