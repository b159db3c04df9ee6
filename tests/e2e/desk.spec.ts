import { expect, test, type Page } from "@playwright/test";
import { DEMO, deskDay, pasteArticle, signInWithSavedSession } from "./fixtures";
import { seedAccount, signedInContext } from "./seed";

// The editor's desk and the reviewer's queue: an editor hands several claims to a reviewer at once, and the reviewer
// finds them in "My claims" (with the count in the navigation) and follows one into its article.

const COUNCIL = "The council spent 4.2 million euros on new bicycle lanes in 2023, the mayor said on Tuesday.";
const JOBS = "Unemployment in the city fell to 3.2 percent last year, the lowest figure in a decade.";
const HOSPITAL = "The new hospital will have 450 beds and open in March 2026, according to the health ministry.";
const CRIME = "Crime rose by 12 percent in the northern districts since 2020, police figures show.";

/** A date `days` from today, as the date field takes it. */
function isoDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Accepts every suggestion in the workspace; returns how many claims it made. */
async function acceptAll(page: Page): Promise<number> {
  const button = page.getByRole("button", { name: /^Accept all \d+ suggestions?$/ });
  const count = Number(/\d+/.exec((await button.textContent()) ?? "")?.[0]);
  await button.click();
  await expect(page.getByRole("listbox", { name: "Claims" }).getByRole("option")).toHaveCount(count);
  return count;
}

test("an editor assigns three claims at once; the reviewer finds them in My claims and opens one", async ({ page, browser, request }) => {
  const reviewer = await seedAccount(request, "reviewer");
  const { title } = await pasteArticle(page, [COUNCIL, JOBS, HOSPITAL, CRIME].join("\n"));
  const made = await acceptAll(page);
  expect(made).toBeGreaterThanOrEqual(3);

  // The desk lists the article with its progress, then its claims.
  await page.goto("/desk");
  await expect(page.getByRole("heading", { level: 2, name: "Articles" })).toBeVisible();
  const progress = page.getByRole("progressbar", { name: `Progress of ${title}` });
  await expect(progress).toHaveAttribute("aria-valuetext", `0 of ${made} signed off`);
  await expect(progress).toHaveAttribute("aria-valuemax", String(made));
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await expect(row.getByRole("link", { name: "List its claims" })).toHaveAccessibleDescription(title);
  await row.getByRole("link", { name: "List its claims" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "All claims" })).toBeVisible();
  await expect(page.getByRole("link", { name: "All claims" })).toHaveAttribute("aria-current", "page");

  const form = page.getByRole("form", { name: "Assign claims" });
  for (const n of [1, 2, 3]) await page.getByRole("checkbox", { name: `Select claim #${n} of ${title}` }).check();
  await expect(form.getByRole("group", { name: "Assign the selected claims (3 selected)" })).toBeVisible();
  await form.getByLabel("Reviewer").selectOption({ label: reviewer.name });

  // A due date in the past is refused beside the field, and nothing is assigned.
  await form.getByLabel("Due date").fill("2020-01-01");
  await form.getByRole("button", { name: "Assign 3 claims" }).click();
  await expect(form.getByRole("alert")).toHaveText("That due date is in the past. Choose today or a later date.");
  await expect(form.getByText("Choose today or a later date.", { exact: true })).toBeVisible();
  await expect(form.getByLabel("Due date")).toHaveAttribute("aria-invalid", "true");

  const due = isoDate(7);
  await form.getByLabel("Due date").fill(due);
  await form.getByRole("button", { name: "Assign 3 claims" }).click();
  const dueWritten = deskDay(due);
  await expect(form.getByRole("status")).toHaveText(`Assigned 3 claims to ${reviewer.name}, due ${dueWritten}.`);
  const table = page.getByRole("table", { name: /^Claims, by article/ });
  await expect(table.getByRole("row").filter({ hasText: reviewer.name })).toHaveCount(3);
  await expect(table.getByRole("row").filter({ hasText: reviewer.name }).first()).toContainText("In review");
  await expect(page.getByRole("checkbox", { name: `Select claim #1 of ${title}` })).not.toBeChecked();

  // The reviewer, in another browser: the count in the navigation, the claims in My claims, a link into the article.
  const context = await signedInContext(browser, reviewer);
  const r = await context.newPage();
  await r.goto("/desk");
  const myClaims = r.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: /^My claims\s*, 3 waiting for you$/ });
  await expect(myClaims).toBeVisible();
  // Their desk holds only the article they have claims on, without the assignment form.
  await expect(r.getByRole("link", { name: title, exact: true })).toBeVisible();
  await myClaims.click();
  await expect(r.getByRole("heading", { level: 1, name: "My claims" })).toBeVisible();
  await expect(r.getByRole("link", { name: "To do (new or in review) (3)" })).toHaveAttribute("aria-current", "page");
  const rows = r.getByRole("table", { name: /^To do/ }).getByRole("row").filter({ hasText: title });
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText(dueWritten);
  await expect(rows.first().locator(`time[datetime="${due}"]`)).toBeVisible();
  await expect(rows.first()).toContainText("Due in 7 days");
  await expect(r.getByRole("form", { name: "Assign claims" })).toHaveCount(0);

  const first = rows.first().getByRole("link", { name: /^#1 / });
  const href = await first.getAttribute("href");
  expect(href).toMatch(/^\/desk\/articles\/[0-9a-f-]{36}#claim-[0-9a-f-]{36}$/);
  await first.click();
  await expect(r).toHaveURL(new RegExp(`${href!.replace(/[#/]/g, "\\$&")}$`));
  await expect(r.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await context.close();
});

test("a reviewer reads the overdue and sign-off lists without the assignment form; a bad filter is named beside its field", async ({ page }) => {
  await signInWithSavedSession(page, DEMO.reviewer, undefined, "/desk?view=signoff");
  await expect(page.getByRole("heading", { level: 2, name: "Claims awaiting sign-off" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Assign claims" })).toHaveCount(0);
  await page.getByRole("link", { name: /^Overdue \(\d+\)$/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Overdue claims" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Assign claims" })).toHaveCount(0);

  // A filter the desk cannot apply is named beside its field.
  await page.goto("/desk?dueBefore=someday");
  await expect(page.getByRole("alert").filter({ hasText: "These filters could not be applied" })).toBeVisible();
  await expect(page.getByLabel("Due on or before")).toHaveAttribute("aria-invalid", "true");
});
