import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { signIn } from "./fixtures";
import { seedAccount } from "./seed";

/** The code an authenticator app would show `offsetSeconds` from now. */
function codeFor(secret: string, offsetSeconds = 0) {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 }).generate({ timestamp: Date.now() + offsetSeconds * 1000 });
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("You are signed out.");
}

async function passwordStep(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Two-factor sign-in" })).toBeVisible();
}

test("a staff member enrols two-factor sign-in, then signs in with a code; a recovery code works once", async ({ page, request }) => {
  // One account's whole story: created, enrolled, and four sign-ins.
  test.setTimeout(180_000);
  const account = await seedAccount(request, "reviewer");
  await signIn(page, account.email, account.password, "/desk/account/two-factor");
  await expect(page.getByRole("heading", { name: "Two-factor sign-in", level: 1 })).toBeVisible();
  await confirmItIsMe(page, account.password);
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code to scan with your authenticator app" })).toBeVisible();
  const secret = (await page.getByLabel("Secret key").textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "does not match" })).toBeVisible();
  await page.getByLabel("Code from the app").fill(codeFor(secret));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const [recoveryCode, secondCode, thirdCode] = (await codes.allTextContents()).map((code) => code.trim()) as [string, string, string];

  // The password alone is no longer enough; the next code from the app is.
  await signOut(page);
  await passwordStep(page, account.email, account.password);
  await page.getByLabel("Code").fill(codeFor(secret, 30));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("Signed in as")).toBeVisible();

  // A recovery code instead of a code from the app: once.
  await signOut(page);
  await passwordStep(page, account.email, account.password);
  await page.getByLabel("Code").fill(recoveryCode);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("Signed in as")).toBeVisible();
  await signOut(page);
  await passwordStep(page, account.email, account.password);
  await page.getByLabel("Code").fill(recoveryCode);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That code did not work" })).toBeVisible();
  await page.goto("/desk");
  await expect(page).toHaveURL(/\/login/);

  // Turning it off takes the password and a code, not the session alone (recovery codes here: no waiting for the app's next code).
  await passwordStep(page, account.email, account.password);
  await page.getByLabel("Code").fill(secondCode);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("Signed in as")).toBeVisible();
  await page.goto("/desk/account/two-factor");
  await expect(page.getByRole("button", { name: "Turn off two-factor sign-in" })).toHaveCount(0);
  await confirmItIsMe(page, account.password, recoveryCode);
  await expect(page.getByRole("alert").filter({ hasText: "That code did not work" })).toBeVisible();
  await confirmItIsMe(page, account.password, thirdCode);
  await page.getByRole("button", { name: "Turn off two-factor sign-in" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Two-factor sign-in is off." })).toBeVisible();
});

async function confirmItIsMe(page: Page, password: string, code?: string) {
  const form = page.getByRole("form", { name: "Confirm it is you" });
  await form.getByLabel("Your password").fill(password);
  if (code) await form.getByLabel("Code from your app, or a recovery code").fill(code);
  await form.getByRole("button", { name: "Confirm it is me" }).click();
}
