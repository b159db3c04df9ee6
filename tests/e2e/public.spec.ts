import { expect, test } from "@playwright/test";
import { demoArticlePath } from "./fixtures";

test("the home page lists published fact-checks, no draft, and the sample article's page shows reviewed claims", async ({ page }) => {
  await page.goto("/");
  // Other tests publish fact-checks of their own, newer than the sample: it may be on a later page of the list.
  const list = page.getByRole("region", { name: "Fact-checked articles" }).getByRole("listitem");
  await expect(list.getByRole("heading", { level: 2 }).getByRole("link").first()).toBeVisible();
  await expect(page.getByText(/demo draft/i)).toHaveCount(0);
  await page.goto(await demoArticlePath(page.request));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Russia Accuses Ukraine");
  await expect(page.getByText("Originally published by The Daily Wire")).toBeVisible();
  await expect(page.getByRole("heading", { name: "3 claims checked" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Claimed by" })).toHaveCount(3);
  await expect(page.getByText("Victory Day, on May 9, commemorates Nazi Germany's surrender in World War II.")).toBeVisible();
  // A claim still waiting for sign-off is not shown to readers.
  await expect(page.getByText("Missing context")).toHaveCount(0);
});

test("the health endpoint answers ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});

test("an unknown article gets a plain not-found page", async ({ page }) => {
  const response = await page.goto("/articles/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
