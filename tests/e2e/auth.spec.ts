import { expect, test } from "@playwright/test";
import { DEMO, signIn, signInWithSavedSession } from "./fixtures";
import { seedAccount, signedInContext } from "./seed";

for (const role of ["admin", "editor", "reviewer"] as const) {
  test(`the demo ${role} signs in through the form and signs out`, async ({ page }) => {
    await signIn(page, DEMO[role]);
    await expect(page).toHaveURL(/\/desk$/);
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
    await expect(page.getByRole("note")).toContainText("Demo mode");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("You are signed out.");
    await page.goto("/desk");
    await expect(page).toHaveURL(/\/login\?next=%2Fdesk/);
  });
}

test("a wrong password gets a clear message and no session", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO.editor);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That email and password do not match an active account." })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(DEMO.editor);
  await page.goto("/desk");
  await expect(page).toHaveURL(/\/login/);
});

test("staff sign in without JavaScript: a wrong password gets its message, the right one opens the desk", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/login?next=%2Fdesk%2Fmy-claims");
  // A form a browser can post by itself: no `javascript:` action that throws.
  await expect(page.locator("form").first()).not.toHaveAttribute("action", /^javascript:/);
  await page.getByLabel("Email").fill(DEMO.reviewer);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That email and password do not match an active account." })).toBeVisible();
  await page.getByLabel("Password").fill("factdesk-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/desk\/my-claims$/);
  await expect(page.getByText("Signed in as")).toBeVisible();
  await context.close();
});

test("an anonymous visitor is sent to sign in, then back where they were going", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fusers/);
  await page.getByLabel("Email").fill(DEMO.admin);
  await page.getByLabel("Password").fill("factdesk-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
});

for (const role of ["editor", "reviewer"] as const) {
  test(`the ${role} is refused at /admin`, async ({ page }) => {
    await signInWithSavedSession(page, DEMO[role]);
    await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  });
}

test("a deactivated user's session is refused on the next request", async ({ browser, page, request }) => {
  const account = await seedAccount(request, "editor");
  const userContext = await signedInContext(browser, account);
  const userPage = await userContext.newPage();
  await userPage.goto("/desk");
  await expect(userPage.getByText("Signed in as")).toBeVisible();

  await signInWithSavedSession(page, DEMO.admin, undefined, "/admin/users");
  await page.getByRole("button", { name: `Deactivate ${account.name}` }).click();
  await page.getByRole("button", { name: `Yes, deactivate ${account.name}` }).click();
  await expect(page.getByText("Account deactivated. Their sessions end on their next request.")).toBeVisible();

  await userPage.reload();
  await expect(userPage).toHaveURL(/\/login/);
  await userPage.getByLabel("Email").fill(account.email);
  await userPage.getByLabel("Password").fill(account.password);
  await userPage.getByRole("button", { name: "Sign in" }).click();
  await expect(userPage.getByRole("alert").filter({ hasText: "do not match an active account" })).toBeVisible();
  await userContext.close();
});

test("signing out everywhere ends the session in every other browser", async ({ browser, request }) => {
  const account = await seedAccount(request, "reviewer");
  const [first, second] = [await browser.newContext(), await browser.newContext()];
  const [a, b] = [await first.newPage(), await second.newPage()];
  await signIn(a, account.email, account.password);
  await signIn(b, account.email, account.password);
  await a.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(a.getByRole("status")).toHaveText("You are signed out on every device.");
  await b.reload();
  await expect(b).toHaveURL(/\/login/);
  await first.close();
  await second.close();
});
