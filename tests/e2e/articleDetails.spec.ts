import { expect, test } from "@playwright/test";
import { DEMO, pasteArticle, signInWithSavedSession, uniqueTitle } from "./fixtures";

const BODY = "The council spent 4.2 million euros on new bicycle lanes in 2023, the mayor said on Tuesday.";

const URL_ERROR = "Enter a full web address starting with http:// or https://.";

test("an editor corrects the title and source details; a reviewer cannot", async ({ page, browser }) => {
  // The editor brings in an article of this test's own through the paste form.
  const { title } = await pasteArticle(page, BODY, uniqueTitle("E2E details"));
  const workspaceUrl = new URL(page.url()).pathname;

  await page.getByRole("button", { name: "Edit details" }).click();
  const form = page.getByRole("form", { name: "Article details" });
  const titleField = form.getByLabel("Title", { exact: true });
  await expect(titleField).toBeFocused();
  await expect(titleField).toHaveValue(title);
  await expect(form.getByLabel("Source outlet", { exact: true })).toHaveValue("Daily Example");

  // A bad web address is refused with the field marked, and what the editor typed stays.
  const newTitle = uniqueTitle("E2E corrected");
  await titleField.fill(newTitle);
  await form.getByLabel("Source outlet", { exact: true }).fill("Weekly Example");
  const urlField = form.getByLabel("Original web address", { exact: true });
  await urlField.fill("not a url");
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(urlField).toHaveAccessibleDescription(URL_ERROR);
  // Next.js keeps a route announcer with role="alert" in the page; ours is told apart by its text.
  await expect(page.getByRole("alert").filter({ hasText: URL_ERROR })).toBeVisible();
  await expect(titleField).toHaveValue(newTitle);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await urlField.fill("https://example.org/bicycle-lanes");
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Details saved." })).toBeVisible();
  await expect(form).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: newTitle })).toBeVisible();
  await expect(page.getByText("Weekly Example.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Original article" })).toHaveAttribute("href", "https://example.org/bicycle-lanes");
  await expect(page.getByRole("button", { name: "Edit details" })).toBeFocused();

  // A reviewer with a claim on the article sees the corrected details but has no control to change them.
  await page.getByRole("button", { name: /^Accept all/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "created from suggestions" })).toBeVisible();
  await page.getByRole("listbox", { name: "Claims" }).getByRole("option").first().click();
  await page.getByLabel("Reviewer", { exact: true }).selectOption({ label: "Rita Reviewer" });
  await page.getByRole("button", { name: "Save assignment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Reviewer assigned." })).toBeVisible();
  const context = await browser.newContext();
  const reviewer = await context.newPage();
  await signInWithSavedSession(reviewer, DEMO.reviewer, undefined, workspaceUrl);
  await expect(reviewer.getByRole("heading", { level: 1, name: newTitle })).toBeVisible();
  await expect(reviewer.getByRole("button", { name: "Edit details" })).toHaveCount(0);
  await expect(reviewer.getByRole("form", { name: "Article details" })).toHaveCount(0);
  await context.close();
});
