import { expect, test } from "@playwright/test";
import { DEMO, signInWithSavedSession, uniqueTitle } from "./fixtures";

// The form promises articles of up to 1,000,000 characters in any script, and never loses a paste.

const CYRILLIC_SENTENCE = "Мэр заявил, что безработица в городе снизилась до трёх процентов в прошлом году. ";

test("600,000 Cyrillic characters (1.1 MB) save like any article", async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithSavedSession(page, DEMO.editor, undefined, "/desk/articles/new");
  const body = CYRILLIC_SENTENCE.repeat(Math.ceil(600_000 / CYRILLIC_SENTENCE.length)).slice(0, 600_000).trim();
  const title = uniqueTitle("Cyrillic article");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Article text", { exact: true }).fill(body);
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("a 3 MB paste is refused on the form, with the text still in it", async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithSavedSession(page, DEMO.editor, undefined, "/desk/articles/new");
  const body = "The council spent 4.2 million euros on new bicycle lanes. ".repeat(52_000);
  await page.getByLabel("Title", { exact: true }).fill(uniqueTitle("Too long"));
  const text = page.getByLabel("Article text", { exact: true });
  await text.fill(body);
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The article was not saved" })).toBeVisible();
  await expect(page.getByText(/The article is too long: 3,016,000 characters, and at most 1,000,000 fit/)).toBeVisible();
  expect((await text.inputValue()).length).toBe(body.length);
  await expect(page).toHaveURL(/\/desk\/articles\/new$/);
});
