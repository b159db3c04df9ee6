import { expect, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";
import type { SeedRecipe, SeedResult } from "../../lib/demo/browserTestSeed";
import { savedSession, uniqueTitle } from "./fixtures";

// State a test needs before its own steps, made through the service layer rather than the UI: the test server's
// seeding route (app/api/test/seed/route.e2e.ts) runs a recipe through the verbs, and a person signed in once through
// the real form is reused from their saved storage state. The real invitation, sign-in and publish flows keep tests
// of their own (invitations.spec.ts, auth.spec.ts, publishing.spec.ts).

/** Runs a seed recipe on the test server; fails the test with the server's reason when it made nothing. */
export async function seed(request: APIRequestContext, recipe: SeedRecipe): Promise<SeedResult> {
  const response = await request.post("/api/test/seed", {
    headers: { authorization: `Bearer ${process.env.FACTDESK_TEST_SEED_TOKEN ?? ""}` },
    data: recipe,
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as SeedResult;
}

export type ArticleChange = Omit<NonNullable<SeedRecipe["changes"]>[number], "article" | "by">;

/** Takes an article seeded before further, as its editor `by` would at the desk (text, claims, publish, retract). */
export async function changeArticle(request: APIRequestContext, articleId: string, by: string, steps: ArticleChange): Promise<SeedResult["changes"][number]> {
  const { changes } = await seed(request, { changes: [{ article: articleId, by, ...steps }] });
  return changes[0]!;
}

export type SeededAccount = { id: string; name: string; email: string; password: string };

/** A fresh staff account of the role, with a password (no invitation): its name, email and password. */
export async function seedAccount(request: APIRequestContext, role: "admin" | "editor" | "reviewer"): Promise<SeededAccount> {
  const name = uniqueTitle(`E2E ${role}`);
  const email = `${name.toLowerCase().replace(/\s+/g, "-")}@example.test`;
  const password = `quiet herons ${Math.random().toString(36).slice(2, 10)}`;
  const { users } = await seed(request, { users: [{ email, displayName: name, role, password }] });
  return { id: users[0]!.id, name, email, password };
}

/**
 * A new browser context signed in as the account, with its saved session (fixtures.ts savedSession): through the
 * real sign-in form the first time in this worker. Only for tests that neither sign that session out nor change the
 * account's password.
 */
export async function signedInContext(browser: Browser, account: { email: string; password?: string }): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addCookies(await savedSession(browser, account.email, account.password));
  return context;
}
