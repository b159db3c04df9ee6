import { expect, test, type Page } from "@playwright/test";
import { axe } from "./axe";
import { DEMO, signInWithSavedSession } from "./fixtures";

// Staff pages follow the system's dark setting (app/staffDark.css turns Tailwind's colour scales over): dark, and
// still readable by axe's contrast rules, on the sign-in page, the desk, the admin's users page and a workspace.

async function seriousViolations(page: Page) {
  const results = await axe(page).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The lightness (0–255) of the page's background. */
async function backgroundLightness(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas").getContext("2d")!;
    canvas.fillStyle = getComputedStyle(document.body).backgroundColor;
    canvas.fillRect(0, 0, 1, 1);
    const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
    return Math.round((r! + g! + b!) / 3);
  });
}

test("staff pages are dark when the system asks, and pass axe", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/login");
  expect(await backgroundLightness(page)).toBeLessThan(60);
  expect(await seriousViolations(page)).toEqual([]);

  await signInWithSavedSession(page, DEMO.admin);
  for (const path of ["/desk", "/admin/users"]) {
    if (path !== "/desk") await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await backgroundLightness(page), path).toBeLessThan(60);
    expect(await seriousViolations(page)).toEqual([]);
  }
  // Found by search: on the desk's first page, the articles other tests add may push the demo's off the list.
  await page.goto("/desk/search?q=Kremlin");
  await page.getByRole("region", { name: /^Articles/ }).getByRole("link", { name: /Kremlin/ }).first().click();
  await expect(page.getByRole("listbox", { name: "Claims" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Light stays light.
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/desk");
  expect(await backgroundLightness(page)).toBeGreaterThan(240);
});
