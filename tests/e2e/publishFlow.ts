import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO, signInWithSavedSession } from "./fixtures";

// The steps that take an article from a paste to a public version, as the demo editor and reviewer do them: shared
// by the specs that need a published article of their own (never the demo's, which other specs read).

export const claimList = (page: Page) => page.getByRole("listbox", { name: "Claims" });
export const claimOption = (page: Page, text: string) => claimList(page).getByRole("option").filter({ hasText: text });
export const outcome = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text });

/**
 * Selects a claim in the workspace and waits until the page has selected it: a click before the page is ready, or
 * while another claim's panel is still coming, would act on the wrong panel or on none.
 */
export async function selectClaim(page: Page, quote: string) {
  await claimOption(page, quote).click();
  await expect(claimOption(page, quote)).toHaveAttribute("aria-selected", "true");
}

/** The editor gives the claim to the demo reviewer. */
export async function assignToRita(page: Page, quote: string) {
  await selectClaim(page, quote);
  await page.getByLabel("Reviewer", { exact: true }).selectOption({ label: "Rita Reviewer" });
  await page.getByRole("button", { name: "Save assignment" }).click();
  await expect(outcome(page, "Reviewer assigned.")).toBeVisible();
}

/** The demo reviewer, in a browser of their own, rates the claim and sends it for sign-off. */
export async function reviewAsRita(browser: Browser, url: string, quote: string, verdict: string, explanation: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithSavedSession(page, DEMO.reviewer, undefined, url);
  await selectClaim(page, quote);
  await page.getByLabel("Verdict", { exact: true }).selectOption({ label: verdict });
  await page.getByLabel("Public explanation", { exact: true }).fill(explanation);
  await page.getByLabel("Send for sign-off").check();
  await page.getByRole("button", { name: "Save review" }).click();
  // Changing a signed-off verdict asks for confirmation first.
  const reopen = page.getByRole("button", { name: "Save and send for sign-off again" });
  const saved = outcome(page, /^Review saved/);
  await expect(reopen.or(saved)).toBeVisible();
  if (await reopen.isVisible()) await reopen.click();
  await expect(saved).toBeVisible();
  await context.close();
}

/** The editor signs off the reviewer's verdict (nobody signs off their own). */
export async function signOff(page: Page, quote: string) {
  await page.reload();
  await selectClaim(page, quote);
  await page.getByRole("button", { name: "Sign off verdict" }).click();
  await expect(outcome(page, "Verdict signed off.")).toBeVisible();
}

/** Publishes the next version from the workspace's Publish panel; returns the reader page's path. */
export async function publishNext(page: Page, number: number, note?: string, correction = false): Promise<string> {
  await page.getByRole("button", { name: "Publish…" }).click();
  const panel = page.getByRole("region", { name: `Publish version ${number}` });
  if (note) await panel.getByLabel("What changed (readers see this)").fill(note);
  if (correction) await panel.getByRole("radio", { name: /^Correction/ }).check();
  await panel.getByRole("button", { name: `Publish version ${number}` }).click();
  await expect(outcome(page, `Version ${number} is public.`)).toBeVisible();
  return (await page.getByRole("link", { name: "Read it as readers do" }).getAttribute("href"))!;
}

/** Retracts the public version from the workspace, with the reason readers see. */
export async function retract(page: Page, reason: string) {
  await page.getByRole("button", { name: "Retract…" }).click();
  await page.getByLabel("Why is it retracted? (readers see this)").fill(reason);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("group", { name: /^Retract this fact-check\?/ }).getByRole("button", { name: "Retract fact-check" }).click();
  await expect(page.getByText(/^Retracted on /)).toBeVisible();
}
