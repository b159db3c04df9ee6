import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInWithSavedSession } from "./fixtures";

/** Saves a new organisation name through the form and waits for the confirmation. */
async function saveOrganisationName(page: Page, name: string) {
  await page.goto("/admin/organisation");
  const form = page.getByRole("form", { name: "Organisation details" });
  await form.getByLabel("Name").fill(name);
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(form.getByRole("status")).toHaveText("Organisation details saved. Readers see them now.");
}

test("an admin renames the organisation, readers see it, and the audit log records it", async ({ page }) => {
  await signInWithSavedSession(page, DEMO.admin, undefined, "/admin");
  await page.getByRole("link", { name: "Organisation" }).click();
  await expect(page.getByRole("heading", { name: "Organisation", exact: true })).toBeVisible();
  const original = await page.getByLabel("Name").inputValue();
  const renamed = `E2E Newsroom ${Date.now().toString(36)}`;

  try {
    await saveOrganisationName(page, renamed);

    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: renamed })).toBeVisible();

    await page.goto("/admin");
    await page.getByRole("link", { name: "Audit log" }).click();
    await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
    const log = page.getByRole("table", { name: /newest first/ });
    const entry = log.getByRole("row").filter({ hasText: `Name: ${original} → ${renamed}` });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText("Ada Admin");
    // The action in words, never its code.
    await expect(entry).toContainText("Organisation details changed");
    await expect(entry).not.toContainText("organisation.update");

    // Filter by action: only organisation changes remain, and the filter survives in the address.
    const filters = page.getByRole("search", { name: "Filter the audit log" });
    await filters.getByLabel("Action").selectOption("organisation.");
    await filters.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/[?&]action=organisation\./);
    await expect(filters.getByLabel("Action")).toHaveValue("organisation.");
    const rows = log.getByRole("row").filter({ hasNot: page.getByRole("columnheader") });
    await expect(rows.filter({ hasText: renamed })).toHaveCount(1);
    for (const row of await rows.all()) await expect(row).toContainText("Organisation details changed");

    await filters.getByLabel("Action").selectOption("user.");
    await filters.getByRole("button", { name: "Filter" }).click();
    await expect(log.getByRole("row").filter({ hasText: renamed })).toHaveCount(0);

    // A malformed filter is explained on the page, not answered with an error page.
    const response = await page.goto("/admin/audit?before=yesterday");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "That page link is not valid" })).toBeVisible();
  } finally {
    await saveOrganisationName(page, original);
  }
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: original })).toBeVisible();
});

test("a refused save keeps what the admin typed and says what to fix", async ({ page }) => {
  await signInWithSavedSession(page, DEMO.admin, undefined, "/admin/organisation");
  const form = page.getByRole("form", { name: "Organisation details" });
  await form.getByLabel("Website").fill("not a web address");
  await form.getByLabel("Contact email").fill("desk at example");
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "The details were not saved" })).toBeVisible();
  await expect(form.getByText("Enter a full web address starting with http:// or https://.")).toBeVisible();
  await expect(form.getByText("Enter a valid email address.")).toBeVisible();
  await expect(form.getByLabel("Website")).toHaveValue("not a web address");
  await expect(form.getByLabel("Website")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByRole("status")).toHaveText("");
});

for (const path of ["/admin/audit", "/admin/organisation"]) {
  test(`the editor is refused at ${path}`, async ({ page }) => {
    await signInWithSavedSession(page, DEMO.editor);
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(page.getByRole("form", { name: "Organisation details" })).toHaveCount(0);
  });
}
