import { expect, test, type Page } from "@playwright/test";
import { uniqueTitle } from "./fixtures";
import { seed, seedAccount, signedInContext } from "./seed";

// Fresh accounts for both people, so the unread counts are theirs alone whatever other tests do meanwhile.

const JOBS = "Unemployment in the city fell to 3.2 percent last year, the lowest figure in a decade.";
const SOURCE = "https://stats.example.test/jobs";
// The claim editor's heading ("Claim #1", or "Claim 1" where numbers are the claims' stable ones).
const CLAIM_ONE = /^Claim #?1$/;

const staffNav = (page: Page) => page.getByRole("navigation", { name: "Staff" });
const notificationItem = (page: Page, sentence: string) =>
  page.getByRole("list", { name: "Notifications" }).getByRole("listitem").filter({ hasText: sentence });

test("an assignment and a mention reach the right person, lead to the claim, and are marked read", async ({ browser, request }) => {
  const [editorAccount, reviewerAccount] = [await seedAccount(request, "editor"), await seedAccount(request, "reviewer")];
  const editorHandle = editorAccount.email.split("@")[0]!;
  // The editor's article, whose one claim they gave the reviewer (the desk's own steps for that: workspace.spec.ts).
  const title = uniqueTitle("Conversation");
  await seed(request, { articles: [{ by: editorAccount.email, title, body: JOBS, claims: [{ quote: JOBS, reviewer: reviewerAccount.email }] }] });
  const [editorContext, reviewerContext] = [await signedInContext(browser, editorAccount), await signedInContext(browser, reviewerAccount)];
  const [editor, reviewer] = [await editorContext.newPage(), await reviewerContext.newPage()];

  // The reviewer sees one unread notification in the navigation and follows it to the claim.
  await reviewer.goto("/desk");
  await expect(staffNav(reviewer).getByRole("link", { name: /^Notifications\s*, 1 unread$/ })).toBeVisible();
  await staffNav(reviewer).getByRole("link", { name: /^Notifications/ }).click();
  const assigned = notificationItem(reviewer, `${editorAccount.name} assigned you claim 1 of “${title}”`);
  await expect(assigned).toContainText("Unread");
  await assigned.getByRole("link").click();
  await expect(reviewer).toHaveURL(/\/desk\/articles\/[0-9a-f-]{36}#claim-[0-9a-f-]{36}$/);
  await expect(reviewer.getByRole("heading", { name: CLAIM_ONE })).toBeFocused();

  // They ask the editor a question, mentioning them with the control (the mention goes where the cursor is).
  const conversation = reviewer.getByRole("region", { name: "Conversation" });
  await expect(conversation.getByText("No comments yet.")).toBeVisible();
  const box = conversation.getByLabel("Add a comment");
  await box.fill(`Which figure should I check against?\n\nThe agency has ${SOURCE}.`);
  await box.press("Control+Home");
  await conversation.getByLabel("Mention a colleague").selectOption({ label: `${editorAccount.name} (@${editorHandle})` });
  await conversation.getByRole("button", { name: "Insert mention" }).click();
  await expect(box).toHaveValue(`@${editorHandle} Which figure should I check against?\n\nThe agency has ${SOURCE}.`);
  await box.press("Control+Enter");
  await expect(reviewer.getByRole("status")).toHaveText(`Comment posted. Notified: ${editorAccount.name}.`);
  await expect(box).toHaveValue("");
  const posted = conversation.getByRole("list", { name: "Comments" }).getByRole("listitem");
  await expect(posted).toHaveCount(1);
  await expect(posted.getByRole("link", { name: SOURCE })).toHaveAttribute("href", SOURCE);

  // The editor is told of the mention, follows it to the claim's conversation, and marks it read.
  await editor.goto("/desk/notifications");
  await expect(staffNav(editor).getByRole("link", { name: /^Notifications\s*, 1 unread$/ })).toBeVisible();
  const mention = notificationItem(editor, `${reviewerAccount.name} mentioned you on claim 1 of “${title}”`);
  await expect(mention).toContainText("Unread");
  await mention.getByRole("link").click();
  await expect(editor.getByRole("heading", { name: CLAIM_ONE })).toBeFocused();
  const thread = editor.getByRole("region", { name: "Conversation" }).getByRole("list", { name: "Comments" });
  await expect(thread.getByRole("listitem")).toContainText([`${reviewerAccount.name}`]);
  await expect(thread.getByText(`@${editorHandle}`)).toBeVisible();
  await expect(thread.getByRole("link", { name: SOURCE })).toBeVisible();

  await editor.goBack();
  await mention.getByRole("button", { name: /^Mark as read/ }).click();
  await expect(editor.getByRole("status")).toHaveText("Marked as read.");
  await expect(mention).not.toContainText("Unread");
  await expect(editor.getByText("All read")).toBeVisible();
  await expect(staffNav(editor).getByRole("link", { name: /unread/ })).toHaveCount(0);

  await editorContext.close();
  await reviewerContext.close();
});
