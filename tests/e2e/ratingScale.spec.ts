import { expect, test, type Page } from "@playwright/test";
import { axe } from "./axe";
import { DEMO, signInWithSavedSession, uniqueTitle } from "./fixtures";
import { seed, signedInContext } from "./seed";

// An admin edits the rating scale (add, check the colour, preview, rename, save) and reviewers are offered the
// result; the organisation's methodology and corrections policy, written in Markdown, reach /about and
// /corrections rendered and safe. The new pages pass axe.

const scaleForm = (page: Page) => page.getByRole("form", { name: /^Verdicts/ });

async function seriousViolations(page: Page) {
  const results = await axe(page).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function saveScale(page: Page) {
  await scaleForm(page).getByRole("button", { name: "Save the scale" }).click();
  await expect(scaleForm(page).getByRole("status")).toHaveText(/^Saved as version \d+\./);
}

test("an admin adds a verdict, checks its colour and preview, renames it and saves; reviewers are offered it", async ({ page, browser, request }) => {
  test.setTimeout(300_000);
  await signInWithSavedSession(page, DEMO.admin, undefined, "/admin");
  await page.getByRole("link", { name: "Rating scale" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rating scale" })).toBeVisible();
  const form = scaleForm(page);
  const verdicts = form.getByRole("group", { name: /^Verdict \d+/ });
  const count = await verdicts.count();
  expect(count).toBeGreaterThan(0);

  await form.getByRole("button", { name: "Add a verdict" }).click();
  const added = form.getByRole("group", { name: new RegExp(`^Verdict ${count + 1}\\b`) });
  const first = uniqueTitle("Exaggerated");
  await added.getByLabel("Name", { exact: true }).fill(first);
  // Too pale to see on a white page: said at once, beside the field.
  await added.getByLabel("Colour", { exact: true }).fill("#fde68a");
  await expect(added.getByText(/Too light to see on a white page \(1\.24:1/)).toBeVisible();
  await added.getByLabel("Colour", { exact: true }).fill("#9a3412");
  await expect(added.getByText(/Contrast: 7\.3\d?:1 on white, 2\.39:1 in dark mode\. Hard to see in dark mode/)).toBeVisible();
  await added.getByLabel("Description", { exact: true }).fill("Bigger than the facts allow.");
  const preview = added.getByRole("group", { name: `Preview of ${first} on a reader's page` });
  await expect(preview.getByText(first, { exact: true })).toHaveCount(2);
  await expect(preview.getByText("Bigger than the facts allow.")).toHaveCount(2);
  // Its place on the truth scale, previewed as the ClaimReview rating aggregators will read: none at first.
  const rating = added.getByRole("group", { name: `ClaimReview preview of ${first}` });
  await expect(rating).toContainText(`"alternateName": "${first}"`);
  await expect(rating).not.toContainText("ratingValue");
  await expect(rating).toContainText("No number: aggregators see only the name");
  await added.getByLabel("Place on the truth scale", { exact: true }).selectOption("3");
  await expect(rating).toContainText('"ratingValue": 3');
  await expect(rating).toContainText('"bestRating": 5');
  await expect(rating).toContainText("Read as 3 of 5");
  await saveScale(page);

  // Renamed after it was saved: a second version; the preview follows the name as it is typed.
  const renamed = uniqueTitle("Overstated");
  await added.getByLabel("Name", { exact: true }).fill(renamed);
  await expect(added.getByRole("group", { name: `Preview of ${renamed} on a reader's page` }).getByText(renamed, { exact: true })).toHaveCount(2);
  await added.getByRole("button", { name: `Move up: ${renamed}` }).click();
  await saveScale(page);
  await page.reload();
  await expect(scaleForm(page).getByRole("group", { name: new RegExp(`^Verdict ${count}\\b`) }).getByLabel("Name", { exact: true })).toHaveValue(renamed);

  // Its name for readers of Spanish articles (their reader page, ClaimReview and the API say it so), kept on a reload.
  const placed = scaleForm(page).getByRole("group", { name: new RegExp(`^Verdict ${count}\\b`) });
  await placed.getByText("Translations: none yet").click();
  await placed.getByLabel("Language", { exact: true }).selectOption("es");
  await placed.getByRole("button", { name: `Add translation: ${renamed}` }).click();
  await placed.getByLabel("Name in Spanish", { exact: true }).fill("Exagerado");
  await placed.getByLabel("Description in Spanish", { exact: true }).fill("Más de lo que permiten los hechos.");
  await saveScale(page);
  await page.reload();
  const kept = scaleForm(page).getByRole("group", { name: new RegExp(`^Verdict ${count}\\b`) });
  await expect(kept.getByText("Translations: 1 language")).toBeVisible();
  await kept.getByText("Translations: 1 language").click();
  await expect(kept.getByLabel("Name in Spanish", { exact: true })).toHaveValue("Exagerado");

  // The desk's review form offers it, under its new name only (on a claim seeded through the service verbs).
  const sentence = "The mayor said unemployment fell to 3.2 percent last year.";
  const { articles } = await seed(request, { articles: [{ by: DEMO.editor, title: uniqueTitle("E2E article"), body: sentence, claims: [{ quote: sentence }] }] });
  const desk = await signedInContext(browser, { email: DEMO.editor });
  const editor = await desk.newPage();
  await editor.goto(`/desk/articles/${articles[0]!.id}`);
  await editor.getByRole("listbox", { name: "Claims" }).getByRole("option").first().click();
  const offered = await editor.getByLabel("Verdict", { exact: true }).getByRole("option").allTextContents();
  expect(offered).toContain(`${renamed} — Bigger than the facts allow.`);
  expect(offered.some((o) => o.startsWith(first))).toBe(false);
  await desk.close();

  expect(await seriousViolations(page)).toEqual([]);

  // Nobody rated with it: it can be deleted, leaving the demo's scale as other tests know it.
  await page.getByRole("button", { name: `Delete: ${renamed}` }).click();
  await saveScale(page);
  await expect(scaleForm(page).getByRole("group", { name: /^Verdict \d+/ })).toHaveCount(count);
});

test("the methodology and corrections policy, in Markdown, are shown rendered and safe on /about and /corrections", async ({ page }) => {
  test.setTimeout(300_000);
  await signInWithSavedSession(page, DEMO.admin, undefined, "/admin/organisation");
  const form = page.getByRole("form", { name: "Organisation details" });
  const methodology = form.getByLabel("Methodology", { exact: true });
  const policy = form.getByLabel("Corrections policy", { exact: true });
  const before = { methodology: await methodology.inputValue(), policy: await policy.inputValue() };
  const marker = uniqueTitle("Method");
  await methodology.fill(
    [`## ${marker}`, "", "We check **every** claim against [official statistics](https://data.example.test/).", "", "- Pick the claim", "- Find the evidence", "", '<script>window.hacked = 1</script> [bad](javascript:alert(1))'].join("\n"),
  );
  await policy.fill("Write to us and we *will* correct mistakes in a new version.");
  try {
    await form.getByRole("button", { name: "Save details" }).click();
    await expect(form.getByRole("status")).toHaveText("Organisation details saved. Readers see them now.");
    expect(await seriousViolations(page)).toEqual([]);

    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto("/about");
      const section = page.getByRole("region", { name: "How we check claims", exact: true });
      await expect(section.getByRole("heading", { level: 3, name: marker })).toBeVisible();
      await expect(section.locator("strong")).toHaveText("every");
      await expect(section.getByRole("link", { name: "official statistics" })).toHaveAttribute("href", "https://data.example.test/");
      await expect(section.getByRole("listitem")).toHaveText(["Pick the claim", "Find the evidence"]);
      // Raw HTML is shown as text; a script link is not a link.
      await expect(section.getByText("<script>window.hacked = 1</script>", { exact: false })).toBeVisible();
      await expect(section.getByRole("link", { name: "bad" })).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
      await expect(page.getByRole("region", { name: "Corrections", exact: true }).locator("em")).toHaveText("will");
      expect(await seriousViolations(page)).toEqual([]);

      await page.goto("/corrections");
      const shown = page.getByRole("region", { name: "Our corrections policy" });
      await expect(shown).toContainText("Write to us and we will correct mistakes in a new version.");
      expect(await seriousViolations(page)).toEqual([]);
    }
  } finally {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/admin/organisation");
    await form.getByLabel("Methodology", { exact: true }).fill(before.methodology);
    await form.getByLabel("Corrections policy", { exact: true }).fill(before.policy);
    await form.getByRole("button", { name: "Save details" }).click();
    await expect(form.getByRole("status")).toHaveText("Organisation details saved. Readers see them now.");
  }
});
