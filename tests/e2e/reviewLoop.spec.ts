import { expect, test, type Page } from "@playwright/test";
import { DEMO, deskDay, pasteArticle, signInWithSavedSession, uniqueTitle } from "./fixtures";
import { seed, seedAccount, signedInContext } from "./seed";

// A newsroom's day, two people at once: the editor hands three claims to a reviewer; the reviewer finds them,
// asks the editor a question (@mention), researches and submits; the editor returns one with a comment; the reviewer,
// notified, resubmits; the editor approves; the claim's history tells it all. The reviewer can neither approve nor
// open an article without a claim of theirs.

const COUNCIL = "The council spent 4.2 million euros on new bicycle lanes in 2023, the mayor said on Tuesday.";
const JOBS = "Unemployment in the city fell to 3.2 percent last year, the lowest figure in a decade.";
const HOSPITAL = "The new hospital will have 450 beds and open in March 2026, according to the health ministry.";

const staffNav = (page: Page) => page.getByRole("navigation", { name: "Staff" });
const claims = (page: Page) => page.getByRole("listbox", { name: "Claims" });
const outcome = (page: Page) => page.getByRole("status").filter({ hasText: /./ });

function isoDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function submit(page: Page, explanation: string) {
  await page.getByLabel("Verdict", { exact: true }).selectOption({ label: "Mostly true — Accurate, with minor caveats." });
  await page.getByLabel("Public explanation", { exact: true }).fill(explanation);
  await page.getByLabel("Send for sign-off").check();
  await page.getByRole("button", { name: "Save review" }).click();
  await expect(outcome(page)).toHaveText("Review saved and sent for sign-off.");
}

test("assign in bulk, ask, submit, return, resubmit, approve: each side sees what it should", async ({ page: editor, browser, request }) => {
  test.setTimeout(180_000);
  const account = await seedAccount(request, "reviewer");
  const { url, title } = await pasteArticle(editor, [COUNCIL, JOBS, HOSPITAL].join("\n"));
  await editor.getByRole("button", { name: /^Accept all/ }).click();
  await expect(claims(editor).getByRole("option")).toHaveCount(3);
  // A second article, with no claim for the reviewer (seeded: the paste form has tests of its own).
  const { articles } = await seed(request, { articles: [{ by: DEMO.editor, title: uniqueTitle("Not for the reviewer"), body: COUNCIL }] });
  const elsewhere = `/desk/articles/${articles[0]!.id}`;

  // The editor assigns all three from the desk, with one due date.
  await editor.goto("/desk?view=claims");
  const form = editor.getByRole("form", { name: "Assign claims" });
  for (const n of [1, 2, 3]) await editor.getByRole("checkbox", { name: `Select claim #${n} of ${title}` }).check();
  await form.getByLabel("Reviewer").selectOption({ label: account.name });
  await form.getByLabel("Due date").fill(isoDate(3));
  await form.getByRole("button", { name: "Assign 3 claims" }).click();
  await expect(form.getByRole("status")).toHaveText(`Assigned 3 claims to ${account.name}, due ${deskDay(isoDate(3))}.`);

  // The reviewer, in another browser, sees the count and the claims, and opens the first.
  const context = await signedInContext(browser, account);
  const reviewer = await context.newPage();
  await reviewer.goto("/desk");
  await expect(staffNav(reviewer).getByRole("link", { name: /^My claims\s*, 3 waiting for you$/ })).toBeVisible();
  await staffNav(reviewer).getByRole("link", { name: /^My claims/ }).click();
  await reviewer.getByRole("table", { name: /^To do/ }).getByRole("link", { name: /^#1 / }).click();
  await expect(reviewer.getByRole("heading", { name: "Claim 1" })).toBeFocused();

  // A question for the editor, with an @mention typed and completed from the list of colleagues.
  const conversation = reviewer.getByRole("region", { name: "Conversation" });
  const box = conversation.getByLabel("Add a comment");
  await box.fill("Is the 4.2 million the budget or the spend? ");
  await box.press("End");
  await box.pressSequentially("@ed");
  const suggestions = conversation.getByRole("listbox", { name: "Colleagues to mention" });
  await expect(suggestions.getByRole("option", { selected: true })).toHaveText("Eddie Editor @editor");
  await box.press("Enter");
  await expect(suggestions).toHaveCount(0);
  await expect(box).toHaveValue("Is the 4.2 million the budget or the spend? @editor ");
  await conversation.getByRole("button", { name: "Post comment" }).click();
  await expect(outcome(reviewer)).toHaveText("Comment posted. Notified: Eddie Editor.");
  await submit(reviewer, "The council's accounts show 4.2 million euros spent in 2023.");
  // Reviewers approve nothing, their own verdicts least of all.
  await expect(reviewer.getByRole("button", { name: "Sign off verdict" })).toHaveCount(0);

  // The editor returns it with a comment.
  await editor.goto(url);
  await claims(editor).getByRole("option").filter({ hasText: "#1" }).click();
  await expect(editor.getByRole("region", { name: "Conversation" })).toContainText("Is the 4.2 million the budget or the spend?");
  await editor.getByRole("button", { name: "Return to reviewer…" }).click();
  await editor.getByLabel("What should the reviewer change?").fill("It is the spend. Link the council's accounts as a source.");
  await editor.getByRole("button", { name: "Return claim" }).click();
  await expect(outcome(editor)).toHaveText(`Claim 1 returned to ${account.name}.`);

  // The reviewer is notified, follows the notification, and resubmits with the source.
  await reviewer.goto("/desk/notifications");
  const returned = reviewer.getByRole("list", { name: "Notifications" }).getByRole("listitem").filter({ hasText: `Eddie Editor returned claim 1 of “${title}” to you` });
  await returned.getByRole("link").first().click();
  await expect(reviewer.getByRole("heading", { name: "Claim 1" })).toBeFocused();
  await expect(reviewer.getByRole("region", { name: "Conversation" })).toContainText("Returned for changes");
  await reviewer.getByLabel("Sources", { exact: true }).fill("Council accounts 2023 | https://example.org/council-accounts-2023");
  await submit(reviewer, "The council's accounts show 4.2 million euros spent on bicycle lanes in 2023.");

  // The editor approves.
  await editor.reload();
  await claims(editor).getByRole("option").filter({ hasText: "#1" }).click();
  await editor.getByRole("button", { name: "Sign off verdict" }).click();
  await expect(outcome(editor)).toHaveText("Verdict signed off.");
  // The list says so once the page has the signed-off claim back (a history opened before that would be of the
  // version before, and closes when the new one arrives).
  await expect(claims(editor).getByRole("option").filter({ hasText: "#1" })).toContainText("Signed off");

  // Every step is in the claim's history.
  await editor.getByRole("button", { name: "Show history" }).click();
  await expect(editor.getByRole("list", { name: "History of claim 1" }).getByRole("listitem")).toHaveText([
    /Eddie Editor created the claim from a suggested sentence/,
    new RegExp(`Eddie Editor assigned it to ${account.name} and set the due date to`),
    new RegExp(`${account.name} commented`),
    new RegExp(`${account.name} gave the verdict “Mostly true” .* and sent it for sign-off`),
    /Eddie Editor returned it to the reviewer.*It is the spend/,
    new RegExp(`${account.name} edited the public explanation, changed the sources \\(now 1\\) and sent it for sign-off`),
    /Eddie Editor signed off the verdict “Mostly true”/,
  ]);

  // The reviewer cannot open an article they have no claim on.
  await reviewer.goto(elsewhere);
  await expect(reviewer.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await context.close();
});

test("the demo reviewer's navigation counts the claims that wait for them", async ({ page }) => {
  await signInWithSavedSession(page, DEMO.reviewer);
  await expect(staffNav(page).getByRole("link", { name: /^My claims\s*, \d+ waiting for you$/ })).toBeVisible();
});
