import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

// On a 390-pixel phone screen nothing is wider than the screen: no page scrolls sideways.

test.use({ viewport: { width: 390, height: 844 } });

test("staff pages fit a phone's width", async ({ page }) => {
  await signIn(page, DEMO.editor);
  await page.getByRole("link", { name: /Russia Accuses Ukraine/ }).first().click();
  await expect(page.getByRole("listbox", { name: "Claims" })).toBeVisible();
  const pages = ["/desk", "/desk?view=claims", "/desk/my-claims", "/desk/notifications", "/desk/search?q=drones", "/desk/articles/new"];
  const widths: Record<string, number> = { workspace: await page.evaluate(() => document.documentElement.scrollWidth) };
  for (const path of pages) {
    await page.goto(path);
    widths[path] = await page.evaluate(() => document.documentElement.scrollWidth);
  }
  expect(widths).toEqual(Object.fromEntries(Object.keys(widths).map((key) => [key, 390])));
});
