import { expect, test, type Page } from "@playwright/test";
import { pasteArticle } from "./fixtures";

// What is typed in the review and comment forms is kept as a draft: it comes back after switching claims and after a
// reload, until it is saved or discarded.

const COUNCIL = "The council spent 4.2 million euros on new bicycle lanes in 2023, the mayor said on Tuesday.";
const JOBS = "Unemployment in the city fell to 3.2 percent last year, the lowest figure in a decade.";

const claimList = (page: Page) => page.getByRole("listbox", { name: "Claims" });
const option = (page: Page, text: string) => claimList(page).getByRole("option").filter({ hasText: text });
const explanation = (page: Page) => page.getByLabel("Public explanation");

test("a review and a comment being written survive switching claims and a reload, until discarded", async ({ page }) => {
  await pasteArticle(page, `${COUNCIL}\n\n${JOBS}`);
  await page.getByRole("button", { name: /^Accept all \d+ suggestions?$/ }).click();
  await expect(claimList(page).getByRole("option")).toHaveCount(2);

  await option(page, "4.2 million").click();
  await explanation(page).fill("Half written: the council's accounts say");
  await expect(page.getByText("Draft saved.")).toBeVisible();
  const comment = page.getByRole("region", { name: "Conversation" }).getByLabel("Add a comment");
  await comment.fill("Which accounts should I use?");
  await expect(page.getByText("Draft saved.")).toHaveCount(2);

  // Another claim, and back: the text is there, and the form says it is a draft.
  await option(page, "3.2 percent").click();
  await expect(explanation(page)).toHaveValue("");
  await option(page, "4.2 million").click();
  await expect(explanation(page)).toHaveValue("Half written: the council's accounts say");
  await expect(page.getByText(/Your unsaved draft from .* is back in this form\./)).toBeVisible();

  // A reload brings both back from the server.
  await page.reload();
  await option(page, "4.2 million").click();
  await expect(explanation(page)).toHaveValue("Half written: the council's accounts say");
  await expect(page.getByRole("region", { name: "Conversation" }).getByLabel("Add a comment")).toHaveValue("Which accounts should I use?");

  // Discarded, it is gone for good.
  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(explanation(page)).toHaveValue("");
  // Dropped on the server too before it says so (a reload sooner would be asked to wait: the discard is on its way).
  await expect(page.getByText("Draft discarded.")).toBeVisible();
  await page.reload();
  await option(page, "4.2 million").click();
  await expect(explanation(page)).toHaveValue("");
  await expect(page.getByRole("button", { name: "Discard draft" })).toHaveCount(0);
});
