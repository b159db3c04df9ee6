import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "factdesk-demo";
export const DEMO = {
  admin: "admin@factdesk.test",
  editor: "editor@factdesk.test",
  reviewer: "reviewer@factdesk.test",
} as const;

/** Signs in through the real form and waits for the desk. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, next?: string) {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Signed in as")).toBeVisible();
}

/** An admin creates a fresh account through the admin UI; returns its email and one-time password. */
export async function createAccount(browser: Browser, role: "admin" | "editor" | "reviewer") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.admin, DEMO_PASSWORD, "/admin/users");
  const name = uniqueTitle(`E2E ${role}`);
  const email = `${name.toLowerCase().replace(/\s+/g, "-")}@example.test`;
  const form = page.getByRole("form", { name: "Create an account" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption(role);
  await form.getByRole("button", { name: "Create account" }).click();
  const created = form.getByRole("status");
  await expect(created).toContainText(`Account created for ${email}`);
  const password = (await created.locator("code").textContent())!.trim();
  await context.close();
  return { name, email, password };
}

/** A title no other test run uses, so parallel tests never find each other's articles. */
export function uniqueTitle(label: string) {
  return `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

/** Signs in as the editor and saves an article through the paste form; leaves the page on its workspace. */
export async function pasteArticle(page: Page, body: string, title = uniqueTitle("E2E article")) {
  await signIn(page, DEMO.editor, undefined, "/desk/articles/new");
  await expect(page.getByRole("heading", { name: "Bring in an article" })).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Article text", { exact: true }).fill(body);
  await page.getByLabel("Source outlet", { exact: true }).fill("Daily Example");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return { url: page.url(), title };
}
