import { expect, test, type Page } from "@playwright/test";
import { axe } from "./axe";
import { demoArticlePath } from "./fixtures";

// axe-core finds no serious or critical problem on the readers' pages beyond the article itself (which
// readerPage.spec.ts checks): the versions list, the comparison view, an older version, corrections, search and an
// embed card, in light and dark.

async function seriousViolations(page: Page) {
  const results = await axe(page).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`versions, comparison, an older version, corrections, search and an embed card pass axe (${colorScheme})`, async ({ page, request }) => {
    await page.emulateMedia({ colorScheme });
    const path = await demoArticlePath(request);
    const api = await (await request.get(`/api/v1/articles/${path.split("/").at(-1)}`)).json();
    const claimId: string = api.claims[0].id;
    const pages = [`${path}/versions`, `${path}/versions/compare?from=1&to=1`, `${path}/v/1`, "/corrections", "/search?q=Kremlin", `/embed/claims/${claimId}`];
    const found: string[] = [];
    for (const target of pages) {
      const response = await page.goto(target);
      expect(response?.status(), target).toBe(200);
      await expect(page.locator("main, body").first()).toBeVisible();
      found.push(...(await seriousViolations(page)));
    }
    expect(found).toEqual([]);
  });
}
