import { expect, test, type Page } from "@playwright/test";
import { axe } from "./axe";
import ar from "../../messages/ar/common.json" with { type: "json" };
import es from "../../messages/es/common.json" with { type: "json" };
import esDesk from "../../messages/es/desk.json" with { type: "json" };
import esErrors from "../../messages/es/errors.json" with { type: "json" };
import { signIn, uniqueTitle } from "./fixtures";
import { seed, seedAccount } from "./seed";

// Staff pages speak the person's language: their browser's, until they pick one on their account page. In Arabic
// they run right to left, fit a phone and pass axe.

async function seriousViolations(page: Page) {
  const results = await axe(page).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${page.url()} ${v.id}`);
}

async function expectFitsPhone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), page.url()).toBe(390);
}

test("staff pages follow the browser's language, then the person's own pick; Arabic runs right to left", async ({ browser, request }) => {
  const editor = await seedAccount(request, "editor");
  const { articles } = await seed(request, {
    articles: [{ by: editor.email, title: uniqueTitle("Idiomas"), body: "El ministro dijo que el paro bajó un 12 % en 2025.\n\nLa oposición lo niega.", claims: [{ quote: "el paro bajó un 12 % en 2025" }] }],
  });
  const english = await browser.newContext();
  const first = await english.newPage();
  await signIn(first, editor.email, editor.password);
  await expect(first.locator("html")).toHaveAttribute("lang", "en");
  const storageState = await english.storageState();
  await english.close();

  // The same person in a browser that asks for Spanish: the desk answers in it, until they pick.
  const context = await browser.newContext({ storageState, locale: "es-MX" });
  const page = await context.newPage();
  await page.goto("/desk/account");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("link", { name: es.skipToContent })).toBeAttached();

  // A service's refusal is in the page's language too: a blank name comes back in Spanish (nothing is saved).
  const nameForm = page.getByRole("form", { name: esDesk.displayName.heading });
  await nameForm.getByLabel(esDesk.displayName.label).fill("   ");
  await nameForm.getByRole("button", { name: esDesk.displayName.save }).click();
  await expect(nameForm.getByRole("alert")).toHaveText(esErrors.enterYourName);

  await page.getByLabel(es.language.label).selectOption("ar");
  await page.getByRole("button", { name: es.language.save }).click();
  await expect(page.getByText(ar.language.saved)).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByLabel(ar.language.label)).toHaveValue("ar");

  for (const path of ["/desk", `/desk/articles/${articles[0]!.id}`]) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    expect(await seriousViolations(page)).toEqual([]);
    await expectFitsPhone(page);
  }

  // Back to the browser's choice.
  await page.goto("/desk/account");
  await page.getByLabel(ar.language.label).selectOption("");
  await page.getByRole("button", { name: ar.language.save }).click();
  await expect(page.getByText(es.language.saved)).toBeVisible();
  await page.goto("/desk");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await context.close();
});
