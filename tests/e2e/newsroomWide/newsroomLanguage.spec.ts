import { expect, test, type Page } from "@playwright/test";
import { axe } from "../axe";
import ar from "../../../messages/ar/common.json" with { type: "json" };
import arReader from "../../../messages/ar/reader.json" with { type: "json" };
import en from "../../../messages/en/common.json" with { type: "json" };
import { DEMO, signIn } from "../fixtures";

// The newsroom's language is every reader's: this test changes it, so it runs after every other browser test
// (the `newsroom-wide` project of playwright.config.ts), and puts English back.

async function seriousViolations(page: Page) {
  const results = await axe(page).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${page.url()} ${v.id}`);
}

async function setNewsroomLanguage(page: Page, code: string) {
  await page.goto("/admin/organisation");
  await page.getByLabel(en.language.newsroomLabel).selectOption(code);
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status")).toHaveText(/saved/i);
}

test("public pages speak the newsroom's language, right to left in Arabic; articles keep their own", async ({ page, browser }) => {
  await signIn(page, DEMO.admin);
  await setNewsroomLanguage(page, "ar");
  try {
    const readerContext = await browser.newContext({ locale: "en-US" });
    const reader = await readerContext.newPage();
    await reader.goto("/");
    await expect(reader.locator("html")).toHaveAttribute("lang", "ar");
    await expect(reader.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(reader.getByRole("link", { name: ar.footer.about })).toBeVisible();
    expect(await seriousViolations(reader)).toEqual([]);

    await reader.locator("main a[href^='/articles/']").first().click();
    await expect(reader).toHaveURL(/\/articles\//);
    await expect(reader.locator("html")).toHaveAttribute("dir", "rtl");
    // The demo article is in English: its text says so, inside the Arabic page.
    await expect(reader.locator("main [lang='en']").first()).toBeAttached();
    // Its share image is described in the page's language.
    expect(await reader.locator('meta[property="og:image:alt"]').getAttribute("content")).toBe(arReader.shareImage.alt);
    expect(await reader.locator('meta[name="twitter:image:alt"]').getAttribute("content")).toBe(arReader.shareImage.alt);
    const image = await reader.request.get((await reader.locator('meta[property="og:image"]').getAttribute("content"))!);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect(await seriousViolations(reader)).toEqual([]);

    for (const path of ["/", reader.url()]) {
      await reader.setViewportSize({ width: 390, height: 844 });
      await reader.goto(path);
      expect(await reader.evaluate(() => document.documentElement.scrollWidth), path).toBe(390);
    }

    // A staff member who picked nothing, whose browser asks for none of the four, gets the newsroom's.
    const staff = await browser.newContext({ locale: "fr-FR" });
    const staffPage = await staff.newPage();
    await staffPage.goto("/login");
    await expect(staffPage.locator("html")).toHaveAttribute("lang", "ar");
    await staff.close();
    await readerContext.close();
  } finally {
    await setNewsroomLanguage(page, "en");
  }
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
