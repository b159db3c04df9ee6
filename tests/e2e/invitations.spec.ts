import { expect, test, type Page } from "@playwright/test";
import { axe } from "./axe";
import { DEMO, DEMO_PASSWORD, invite, setPasswordThroughLink, signIn, signInWithSavedSession, uniqueTitle } from "./fixtures";
import { seedAccount } from "./seed";

// Invitations instead of passwords on screen: the admin hands on a one-time link, the person chooses their own
// password through it, and the admin's later changes (role, deactivation) reach the person's open session.

async function seriousViolations(page: Page) {
  const results = await axe(page).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${page.url()} ${v.id}`);
}

test("an admin invites a reviewer, who sets a password through the link; a role change and a deactivation reach their session", async ({ browser, page }) => {
  await signInWithSavedSession(page, DEMO.admin, DEMO_PASSWORD, "/admin/users");
  const name = uniqueTitle("Invited");
  const email = `${name.toLowerCase().replace(/\s+/g, "-")}@example.test`;
  const path = await invite(page, name, email, "reviewer");
  await expect(page.getByText("Account created")).toHaveCount(0);
  // Until they choose a password they are invited, not active.
  await page.reload();
  const invitedCells = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) }).getByRole("cell");
  await expect(invitedCells.nth(2)).toHaveText("Invited");
  await expect(invitedCells.nth(3)).toHaveText("Not yet");
  // The admin is offered no Deactivate on their own row.
  const own = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Ada Admin", exact: true }) });
  await expect(own.getByRole("button", { name: "Change role of Ada Admin" })).toBeVisible();
  await expect(own.getByRole("button", { name: /^Deactivate/ })).toHaveCount(0);

  // The invited person: a clear refusal for a weak password, then their own password, then the desk.
  const person = await browser.newContext();
  const personPage = await person.newPage();
  await personPage.goto(path);
  await expect(personPage.getByRole("heading", { name: "Choose your password" })).toBeVisible();
  expect(await seriousViolations(personPage)).toEqual([]);
  await personPage.getByLabel("New password").fill("too short");
  await personPage.getByLabel("Type it again").fill("too short");
  await personPage.getByRole("button", { name: "Set password" }).click();
  await expect(personPage.getByRole("form", { name: "Choose your password" }).getByRole("alert").first()).toContainText(
    "Use at least 12 characters (this one has 9).",
  );
  const password = "three quiet herons at dawn";
  await setPasswordThroughLink(personPage, path, password);
  await signIn(personPage, email, password);
  await expect(personPage.getByText(`Signed in as ${name} (reviewer)`)).toBeVisible();
  const saved = await person.storageState();

  // The link worked once.
  const used = await browser.newPage();
  await used.goto(path);
  await expect(used.getByRole("heading", { name: "This link has already been used" })).toBeVisible();
  await used.close();

  // The admin's table: one cell per fact, and the drop-down shows the role the table shows.
  await page.reload();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: name, exact: true }) });
  const cells = row.getByRole("cell");
  await expect(cells.nth(0)).toHaveText(email);
  await expect(cells.nth(1)).toHaveText("Reviewer");
  await expect(cells.nth(2)).toHaveText("Active");
  await expect(cells.nth(3)).not.toHaveText("Never");
  await row.getByLabel(`Role for ${name}`).selectOption("editor");
  await row.getByRole("button", { name: `Change role of ${name}` }).click();
  await expect(row.getByText("Role changed.")).toBeVisible();
  await expect(cells.nth(1)).toHaveText("Editor");
  await expect(row.getByLabel(`Role for ${name}`)).toHaveValue("editor");
  await personPage.reload();
  await expect(personPage.getByText(`Signed in as ${name} (editor)`)).toBeVisible();

  // The saved cookies work in a fresh browser before the deactivation...
  const before = await browser.newContext({ storageState: saved });
  const beforePage = await before.newPage();
  await beforePage.goto("/desk");
  await expect(beforePage.getByText(`Signed in as ${name}`)).toBeVisible();
  await before.close();

  // ...deactivation asks first, then happens...
  await row.getByRole("button", { name: `Deactivate ${name}` }).click();
  const confirm = page.getByRole("group", { name: `Confirm deactivation of ${name}` });
  await expect(confirm).toContainText("They are signed out on their next request");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(cells.nth(2)).toHaveText("Active");
  await row.getByRole("button", { name: `Deactivate ${name}` }).click();
  await confirm.getByRole("button", { name: `Yes, deactivate ${name}` }).click();
  await expect(page.getByText("Account deactivated. Their sessions end on their next request.")).toBeVisible();
  await expect(cells.nth(2)).toContainText("Deactivated");

  // ...and the same saved cookies are refused on their next request.
  const replay = await browser.newContext({ storageState: saved });
  const replayPage = await replay.newPage();
  await replayPage.goto("/desk");
  await expect(replayPage).toHaveURL(/\/login/);
  await replay.close();
  await personPage.reload();
  await expect(personPage).toHaveURL(/\/login/);
  await person.close();
});

test("an admin changes a person's e-mail; an address someone else uses is refused, saying whose", async ({ page }) => {
  await signInWithSavedSession(page, DEMO.admin, DEMO_PASSWORD, "/admin/users");
  // Names whose links' labels ("Set-password link for …") hold neither "name" nor "email": the invitation form finds
  // its fields by those words.
  const name = uniqueTitle("Moved mailbox");
  const email = `${name.toLowerCase().replace(/\s+/g, "-")}@example.test`;
  await invite(page, name, email, "editor");
  const other = uniqueTitle("Other address");
  const otherEmail = `${other.toLowerCase().replace(/\s+/g, "-")}@example.test`;
  await invite(page, other, otherEmail, "reviewer");
  await page.reload();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });

  await row.getByRole("button", { name: `Change e-mail of ${name}` }).click();
  const form = row.getByRole("form", { name: `E-mail of ${name}` });
  await form.getByLabel(`New e-mail for ${name}`).fill(otherEmail.toUpperCase());
  await form.getByRole("button", { name: "Save e-mail" }).click();
  await expect(row.getByRole("alert")).toHaveText(`${other} already signs in with ${otherEmail}. Each person needs an address of their own.`);
  await expect(row.getByRole("cell").nth(0)).toHaveText(email);

  const moved = `moved-${email}`;
  await form.getByLabel(`New e-mail for ${name}`).fill(moved);
  await form.getByRole("button", { name: "Save e-mail" }).click();
  await expect(row.getByText("E-mail changed.", { exact: false })).toBeVisible();
  await expect(row.getByRole("cell").nth(0)).toHaveText(moved);

  // The admin's own account page sends them to the Users page instead of "ask an admin".
  await page.goto("/desk/account");
  await expect(page.getByText("Ask an admin to change your email")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Users page" })).toBeVisible();
});

test("an unknown link, and a link a newer one replaced, each show a clear page", async ({ browser, page }) => {
  await page.goto(`/set-password/${"A".repeat(43)}`);
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to sign-in" })).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveCount(0);
  await page.goto("/set-password/not-a-real-link");
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();

  const admin = await (await browser.newContext()).newPage();
  await signInWithSavedSession(admin, DEMO.admin, DEMO_PASSWORD, "/admin/users");
  const name = uniqueTitle("Replaced");
  const email = `${name.toLowerCase().replace(/\s+/g, "-")}@example.test`;
  const first = await invite(admin, name, email, "reviewer");
  const row = admin.getByRole("row").filter({ has: admin.getByRole("rowheader", { name: name, exact: true }) });
  await row.getByRole("button", { name: `Reset password of ${name}` }).click();
  await expect(row.getByLabel(`Set-password link for ${email}`)).toBeVisible();
  await page.goto(first);
  await expect(page.getByRole("heading", { name: "This link has been replaced" })).toBeVisible();
});

test("on their account page a staff member renames themselves, changes their password and sees their sign-ins", async ({ browser, page, request }) => {
  const account = await seedAccount(request, "reviewer");
  // The other browser claims an address of its own choosing: with no trusted proxy, nobody's X-Forwarded-For is believed.
  const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.55" } });
  const otherPage = await other.newPage();
  await signIn(otherPage, account.email, account.password);
  await signIn(page, account.email, account.password);
  await page.getByRole("link", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  const signIns = page.getByRole("table", { name: "Recent sign-ins" });
  await expect(signIns.getByRole("row").filter({ hasText: "This session" })).toHaveCount(1);
  await expect(signIns.getByRole("row")).toHaveCount(3);
  await expect(signIns).toContainText(/127\.0\.0\.1|::1/);
  await expect(signIns).not.toContainText("192.0.2.55");

  const renamed = `${account.name} Renamed`;
  await page.getByLabel("Display name").fill(renamed);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Your name is saved.")).toBeVisible();
  await expect(page.getByText(`Signed in as ${renamed}`)).toBeVisible();

  // A session alone cannot change the password: the person confirms it is them first.
  const confirm = page.getByRole("form", { name: "Confirm it is you" });
  await confirm.getByLabel("Your password").fill("not my password at all");
  await confirm.getByRole("button", { name: "Confirm it is me" }).click();
  await expect(confirm.getByRole("alert").first()).toContainText("That is not your password.");
  await confirm.getByLabel("Your password").fill(account.password);
  await confirm.getByRole("button", { name: "Confirm it is me" }).click();
  const form = page.getByRole("form", { name: "New password" });
  await form.getByLabel("New password", { exact: true }).fill("aaaaaaaaaaaa");
  await form.getByLabel("Type the new password again").fill("aaaaaaaaaaaa");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("alert").first()).toContainText("easy to guess");
  await form.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await form.getByLabel("Type the new password again").fill("a brand new passphrase");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toContainText("1 other session was signed out; this one stays signed in.");

  await page.reload();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await otherPage.reload();
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();
});
