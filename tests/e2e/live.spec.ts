import { expect, test, type Page } from "@playwright/test";
import { DEMO, pasteArticle, signIn, signInWithSavedSession } from "./fixtures";
import { seedAccount } from "./seed";

// Two people at once, neither reloading: the editor's open workspace shows the reviewer arriving and editing the
// review, then her submission as it is made (the Sign off button appears); the reviewer's open page counts the
// notification of the claim's return; when she leaves the article, the editor's workspace says so.

const JOBS = "Unemployment in the city fell to 3.2 percent last year, the lowest figure in a decade.";

const staffNav = (page: Page) => page.getByRole("navigation", { name: "Staff" });
const outcome = (page: Page) => page.getByRole("status").filter({ hasText: /./ });

/** Marks the page's window: the mark is gone after a reload or a full navigation. */
async function mark(page: Page) {
  await page.evaluate(() => ((window as unknown as { liveMark?: boolean }).liveMark = true));
}
async function stillMarked(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { liveMark?: boolean }).liveMark)).toBe(true);
}

test("the editor sees the resubmission and the reviewer the return, without reloading", async ({ page: editor, browser, request }) => {
  const account = await seedAccount(request, "reviewer");
  const { url } = await pasteArticle(editor, JOBS);
  await editor.getByRole("button", { name: "Accept all 1 suggestion" }).click();
  const claim = editor.getByRole("listbox", { name: "Claims" }).getByRole("option");
  await claim.click();
  const assignment = editor.getByRole("form", { name: "Reviewer assignment" });
  await assignment.getByLabel("Reviewer").selectOption({ label: account.name });
  await assignment.getByRole("button", { name: "Save assignment" }).click();
  await expect(outcome(editor)).toHaveText("Reviewer assigned.");
  await expect(editor.getByRole("button", { name: "Sign off verdict" })).toHaveCount(0);
  await mark(editor);

  const context = await browser.newContext();
  const reviewer = await context.newPage();
  await signIn(reviewer, account.email, account.password, new URL(url).pathname);
  await expect(staffNav(reviewer).getByRole("link", { name: /^Notifications\s*, 1 unread$/ })).toBeVisible();
  await expect(editor.getByText(/^Also here:/)).toHaveText(`Also here: ${account.name}`);
  await reviewer.getByLabel("Verdict", { exact: true }).selectOption({ label: "Mostly true — Accurate, with minor caveats." });
  await reviewer.getByLabel("Public explanation", { exact: true }).fill("The statistics office reports 3.2 percent.");
  await expect(editor.getByText(`${account.name} is editing the review`)).toBeVisible();
  await reviewer.getByLabel("Send for sign-off").check();
  await reviewer.getByRole("button", { name: "Save review" }).click();
  await expect(outcome(reviewer)).toHaveText("Review saved and sent for sign-off.");
  await mark(reviewer);

  // The editor's open workspace follows: the verdict waits for sign-off.
  await expect(editor.getByRole("button", { name: "Sign off verdict" })).toBeVisible({ timeout: 10_000 });
  await stillMarked(editor);

  await editor.getByRole("button", { name: "Return to reviewer…" }).click();
  await editor.getByLabel("What should the reviewer change?").fill("Add the statistics office as a source.");
  await editor.getByRole("button", { name: "Return claim" }).click();
  await expect(outcome(editor)).toHaveText(`Claim 1 returned to ${account.name}.`);

  // The reviewer's open page counts the return's notification.
  await expect(staffNav(reviewer).getByRole("link", { name: /^Notifications\s*, 2 unread$/ })).toBeVisible({ timeout: 10_000 });
  await stillMarked(reviewer);

  // She leaves the article: the editor's workspace no longer lists her.
  await reviewer.goto("/desk");
  await expect(editor.getByText(/^Also here:/)).toHaveCount(0, { timeout: 5_000 });
  await context.close();
});

test("the live event stream is for signed-in staff only", async ({ page, request }) => {
  expect((await request.get("/api/desk/events")).status()).toBe(401);
  await signInWithSavedSession(page, DEMO.reviewer);
  const head = await page.evaluate(async () => {
    const controller = new AbortController();
    const answer = await fetch("/api/desk/events", { signal: controller.signal });
    const reader = answer.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    return { status: answer.status, type: answer.headers.get("content-type"), cache: answer.headers.get("cache-control"), first };
  });
  expect(head).toEqual({ status: 200, type: "text/event-stream; charset=utf-8", cache: "no-cache, no-store, no-transform", first: expect.stringMatching(/^retry: \d+\n/) });
});
