import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { axe } from "./axe";
import { DEMO, deskDay, signInWithSavedSession } from "./fixtures";

// The audit log made readable (names, actions in words, a drop-down, CSV download) and the newsroom's statistics,
// on the demo newsroom, which is seeded through the service verbs and so has a full audit trail.

// Each test signs in and runs axe over long pages: give them the room a busy machine needs.
test.beforeEach(() => test.slow());

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

async function seriousProblems(page: Page): Promise<string[]> {
  const results = await axe(page).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("an admin filters the audit log by an action in words, sees claims by their statement, and downloads the CSV", async ({ page }) => {
  await signInWithSavedSession(page, DEMO.admin, undefined, "/admin/audit");
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  const filters = page.getByRole("search", { name: "Filter the audit log" });
  await filters.getByLabel("Action").selectOption({ label: "Verdict signed off" });
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]action=claim\.sign_off/);
  await expect(filters.getByLabel("Action")).toHaveValue("claim.sign_off");

  const log = page.getByRole("table", { name: /newest first/ });
  const rows = log.getByRole("row").filter({ hasNot: page.getByRole("columnheader") });
  await expect(rows.first()).toBeVisible();
  for (const row of (await rows.all()).slice(0, 5)) {
    await expect(row).toContainText("Verdict signed off");
    // The item is the claim's statement, linked to the claim in its article, never a bare id.
    const item = row.locator(`a[href*="#claim-"]`);
    await expect(item).toHaveAttribute("href", /^\/desk\/articles\/[0-9a-f-]+#claim-[0-9a-f-]+$/);
    expect(await item.textContent()).not.toMatch(UUID);
    await expect(row.getByRole("cell").nth(4)).toContainText(/Verdict|Status/);
  }
  expect(await seriousProblems(page)).toEqual([]);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download these entries as CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^factdesk-audit-log-.*\.csv$/);
  const csv = fs.readFileSync((await file.path())!, "utf8");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toBe("id,time_utc,actor,actor_id,action,action_in_words,entity_type,entity_id,entity,change,before_json,after_json");
  expect(lines.length - 1).toBeGreaterThanOrEqual(await rows.count());
  for (const line of lines.slice(1)) expect(line).toContain(",claim.sign_off,Verdict signed off,claim,");

  // The export is in the log itself.
  await page.goto("/admin/audit?action=audit.export");
  // Other tests' admins export the log too: this admin's export is among the rows.
  await expect(log.getByRole("row").filter({ hasText: "Audit log exported" }).filter({ hasText: "Ada Admin" }).first()).toBeVisible();

  // A date range the wrong way round is explained beside the form.
  await page.goto("/admin/audit?from=2026-03-05&to=2026-03-01");
  await expect(page.getByText("The end date must be on or after the start date.").first()).toBeVisible();
});

test("an editor opens the statistics: charts with a summary each and their numbers as tables", async ({ page }) => {
  await signInWithSavedSession(page, DEMO.editor, undefined, "/admin/statistics");
  await expect(page.getByRole("heading", { name: "Newsroom statistics" })).toBeVisible();
  for (const title of ["Verdicts over time", "Claims checked per week", "Time from claim to approval", "Open and overdue claims per reviewer", "Published claims per verdict"]) {
    await expect(page.getByRole("region", { name: title })).toBeVisible();
  }
  const weekly = page.getByRole("region", { name: "Claims checked per week" });
  const chart = weekly.getByRole("img");
  await expect(chart).toHaveAttribute("aria-label", /added and \d+ checked over \d+ weeks/);
  await weekly.getByText("Show the numbers").click();
  const table = weekly.getByRole("table", { name: "Claims added and signed off per week" });
  expect(await table.getByRole("row").count()).toBeGreaterThanOrEqual(1 + 12);

  const reviewers = page.getByRole("region", { name: "Open and overdue claims per reviewer" });
  await expect(reviewers.getByRole("img")).toBeVisible();
  await reviewers.getByText("Show the numbers").click();
  await expect(reviewers.getByRole("table").getByRole("columnheader", { name: "Overdue" })).toBeVisible();
  expect(await seriousProblems(page)).toEqual([]);

  // A narrower range through the form.
  const range = page.getByRole("search", { name: "Choose the date range" });
  const to = await range.getByLabel("To").inputValue();
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - 13 * 86_400_000).toISOString().slice(0, 10);
  await range.getByLabel("From").fill(from);
  await range.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${from}`));
  await weekly.getByText("Show the numbers").click();
  // The range in words, as the English desk writes a day.
  await expect(page.getByText(`From ${deskDay(from)} to ${deskDay(to)}`)).toBeVisible();
  const rowsNow = await weekly.getByRole("table").getByRole("row").count();
  expect(rowsNow).toBeGreaterThanOrEqual(1 + 2);
  expect(rowsNow).toBeLessThanOrEqual(1 + 3);
});

test("a reviewer is refused the statistics and the export", async ({ page }) => {
  await signInWithSavedSession(page, DEMO.reviewer);
  expect((await page.goto("/admin/statistics"))?.status()).toBe(403);
  const exported = await page.request.get("/admin/audit/export");
  expect(exported.status()).not.toBe(200);
  expect(await exported.text()).not.toContain("action_in_words");
});
