import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "factdesk-demo";
export const DEMO = {
  admin: "admin@factdesk.test",
  editor: "editor@factdesk.test",
  reviewer: "reviewer@factdesk.test",
} as const;

/**
 * Signs in through the real form and waits for the desk (or `next`): a session of its own. For the tests of signing
 * in, and of what ends a session (signing out, a password change, a deactivation); the others use signInWithSavedSession.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, next?: string) {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Signed in as")).toBeVisible();
}

type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>;
const savedSessions = new Map<string, Cookies>();

/**
 * The cookies of the account's sign-in through the real form, made once in this worker (in a browser context of its
 * own, so they hold nothing a test set) and kept: every test that asks for the account later shares that session.
 */
export async function savedSession(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<Cookies> {
  let cookies = savedSessions.get(email);
  if (!cookies) {
    const context = await browser.newContext();
    await signIn(await context.newPage(), email, password);
    cookies = await context.cookies();
    await context.close();
    savedSessions.set(email, cookies);
  }
  return cookies;
}

/**
 * Signs the page in with the account's saved session (savedSession) instead of the form, opens `next` (the desk) and
 * waits for it: a page load instead of the form's two and a password hash. The session lives in the database and
 * the worker's later tests share it: only for tests that neither sign it out nor change, deactivate or sign out
 * the account everywhere.
 */
export async function signInWithSavedSession(page: Page, email: string, password = DEMO_PASSWORD, next = "/desk") {
  const context = page.context();
  if (!savedSessions.has(email) && (await context.cookies()).length === 0) {
    // The first time in this worker, in a browser holding no cookie yet: the form signs this page in, and its
    // cookies, all of them the sign-in's, are the session saved for the tests after.
    // The sign-in form goes on only to a path of this site (never an address): a test may hold the page's whole URL.
    const target = new URL(next, "http://factdesk.invalid");
    await signIn(page, email, password, `${target.pathname}${target.search}${target.hash}`);
    savedSessions.set(email, await context.cookies());
    return;
  }
  await context.addCookies(await savedSession(context.browser()!, email, password));
  await page.goto(next);
  await expect(page.getByText("Signed in as")).toBeVisible();
}

/** Fills the admin's invitation form (on /admin/users) and returns the path of the set-password link it shows. */
export async function invite(page: Page, name: string, email: string, role: "admin" | "editor" | "reviewer") {
  const form = page.getByRole("form", { name: "Invite a staff member" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption(role);
  await form.getByRole("button", { name: "Invite" }).click();
  const link = form.getByLabel(`Set-password link for ${email}`);
  await expect(link).toHaveValue(/\/set-password\/[\w-]{43}$/);
  return new URL(await link.inputValue()).pathname;
}

/** Opens a set-password link and chooses the password through it. */
export async function setPasswordThroughLink(page: Page, path: string, password: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "Choose your password" })).toBeVisible();
  await page.getByLabel("New password").fill(password);
  await page.getByLabel("Type it again").fill(password);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("status")).toHaveText("Your password is set. Sign in with it now.");
}

/**
 * The demo's published article, as the public API lists it. Not from the home page or the desk's list: they show the
 * newest first, and by the time a test runs, the others may have published or saved more than a page of their own.
 */
export async function demoArticle(request: APIRequestContext): Promise<{ slug: string; title: string }> {
  const list = await (await request.get("/api/v1/articles?perPage=100")).json();
  const found = list.items.find((a: { title: string }) => /Russia Accuses Ukraine/.test(a.title));
  expect(found, "the demo article is in the API's list").toBeTruthy();
  return found;
}

/** The demo's published article's reader page, `/articles/<slug>` (see demoArticle). */
export async function demoArticlePath(request: APIRequestContext): Promise<string> {
  return `/articles/${(await demoArticle(request)).slug}`;
}

/** Opens the demo article's workspace, found with the desk's search (signed in as staff who may see it). */
export async function openDemoWorkspace(page: Page) {
  await page.goto("/desk/search?q=Kremlin");
  await page.getByRole("region", { name: /^Articles/ }).getByRole("link", { name: /Russia Accuses Ukraine/ }).first().click();
  await expect(page.getByRole("listbox", { name: "Claims" })).toBeVisible();
}

/** A title no other test run uses, so parallel tests never find each other's articles. */
/** A day (`YYYY-MM-DD`) as the English desk writes it: Intl's words for the day in English ("Dec 13, 2026"). */
export function deskDay(day: string): string {
  return new Intl.DateTimeFormat("en", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

export function uniqueTitle(label: string) {
  return `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

/** Signs in as the editor (saved session) and saves an article through the paste form; leaves the page on its workspace. */
export async function pasteArticle(page: Page, body: string, title = uniqueTitle("E2E article")) {
  await signInWithSavedSession(page, DEMO.editor, undefined, "/desk/articles/new");
  await expect(page.getByRole("heading", { name: "Bring in an article" })).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Article text", { exact: true }).fill(body);
  await page.getByLabel("Source outlet", { exact: true }).fill("Daily Example");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return { url: page.url(), title };
}
