import { expect, test, type Page } from "@playwright/test";
import { DEMO, pasteArticle, signInWithSavedSession, uniqueTitle } from "./fixtures";

// Desk search from the staff header: the editor finds their own article and its claim with the words marked and
// follows the claim's link; the demo reviewer, who has claims only on the demo article, does not find it.

/** A made-up place name no other test writes, so parallel tests never find each other's articles. */
function uniquePlace(): string {
  const letters = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
  return `Qorvik${letters}`;
}

/** Searches from the header's box with the keyboard, as a staff member would from any page. */
async function searchFromHeader(page: Page, query: string) {
  const box = page.getByRole("search", { name: "Search the desk" }).getByRole("searchbox", { name: "Search articles and claims" });
  await box.fill(query);
  await box.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
}

test("an editor finds an article and its claim from the header and follows the claim; a reviewer does not find it", async ({ page, browser }) => {
  const place = uniquePlace();
  const sentence = `Unemployment in ${place} fell to 3.2 percent last year, the lowest figure in a decade, the mayor said.`;
  // The claim to find is not the first, which the workspace selects when nothing else is asked for.
  const council = "The council spent 4.2 million euros on new bicycle lanes in 2023, the mayor said on Tuesday.";
  const { title } = await pasteArticle(page, `${council}\n${sentence}`, uniqueTitle(`E2E ${place} jobs`));
  const accept = page.getByRole("button", { name: /^Accept all \d+ suggestions?$/ });
  await accept.click();
  const claimList = page.getByRole("listbox", { name: "Claims" });
  await expect(claimList.getByRole("option").filter({ hasText: place })).toHaveCount(1);
  await expect(claimList.getByRole("option").first()).not.toContainText(place);

  await searchFromHeader(page, `${place.toLowerCase()} unemployment`);
  await expect(page).toHaveURL(/\/desk\/search\?q=qorvik/);
  await expect(page.getByRole("status").filter({ hasText: "1 article and 1 claim match" })).toBeVisible();
  const articles = page.getByRole("region", { name: /^Articles/ });
  await expect(articles.getByRole("link", { name: title })).toBeVisible();
  await expect(articles.locator("mark")).toHaveText([place, "Unemployment", place]);
  const claims = page.getByRole("region", { name: /^Claims/ });
  await expect(claims.getByRole("listitem").locator("mark")).toHaveText(["Unemployment", place]);
  // The box on the page holds the query, to refine it.
  await expect(page.getByRole("search", { name: "Search" }).getByRole("searchbox", { name: "Search for" })).toHaveValue(`${place.toLowerCase()} unemployment`);

  await claims.getByRole("link", { name: new RegExp(`^Claim #\\d+ in “${title}”$`) }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/[0-9a-f-]{36}#claim-[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(claimList.getByRole("option", { selected: true })).toContainText(place);

  // A reviewer with claims only on the demo article finds that one, not the editor's new article.
  const context = await browser.newContext();
  const reviewer = await context.newPage();
  await signInWithSavedSession(reviewer, DEMO.reviewer);
  await searchFromHeader(reviewer, place);
  await expect(reviewer.getByRole("status").filter({ hasText: `Nothing on the desk matches “${place}”.` })).toBeVisible();
  await expect(reviewer.getByRole("link", { name: title })).toHaveCount(0);
  await expect(reviewer.getByText("Search finds words in article titles and texts")).toBeVisible();
  await searchFromHeader(reviewer, "Kremlin drones");
  await expect(reviewer.getByRole("region", { name: /^Articles/ }).getByRole("link", { name: /Kremlin/ })).toBeVisible();

  // A query too short to search for is answered beside the box, which keeps it.
  await searchFromHeader(reviewer, "x");
  const box = reviewer.getByRole("search", { name: "Search" }).getByRole("searchbox", { name: "Search for" });
  await expect(box).toHaveValue("x");
  await expect(box).toHaveAccessibleDescription("Type at least 2 characters to search.");
  await context.close();
});
