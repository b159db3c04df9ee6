import { expect, test, type Browser, type Page } from "@playwright/test";
import { pasteArticle } from "./fixtures";
import { claimList, claimOption, outcome, reviewAsRita, signOff as signOffClaim } from "./publishFlow";

// An editor publishes version 1 after a preview; a reader sees it; the verdict (changed by the reviewer, approved by
// the editor) and the text change; the preview shows both; version 2 goes out as a correction with a note; the
// editor retracts it with a reason, and the reader then gets the 410 page saying so.

const JOBS = "Unemployment in the city fell to 3.2 percent last year, the lowest figure in a decade.";
const HOSPITAL = "The new hospital will have 450 beds and open in March 2026, according to the health ministry.";
const LATER = "The mayor repeated the figure at a rally on Friday.";

const claims = claimList;
const option = claimOption;
const reviewAsReviewer = (browser: Browser, url: string, verdict: string, explanation: string) => reviewAsRita(browser, url, JOBS, verdict, explanation);
const signOff = (page: Page) => signOffClaim(page, JOBS);

test("publish after a preview, correct with a note, retract with a reason; the reader sees each", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const { url, title } = await pasteArticle(page, [JOBS, HOSPITAL].join("\n"));
  await page.getByRole("button", { name: /^Accept all/ }).click();
  await expect(claims(page).getByRole("option")).toHaveCount(2);
  await option(page, JOBS).click();
  await page.getByLabel("Reviewer", { exact: true }).selectOption({ label: "Rita Reviewer" });
  await page.getByRole("button", { name: "Save assignment" }).click();
  await expect(outcome(page, "Reviewer assigned.")).toBeVisible();
  await reviewAsReviewer(browser, url, "True — The claim is accurate.", "The statistics office reports 3.2 percent.");
  await signOff(page);

  // Version 1: the preview says what readers will get; no note is asked for the first version.
  await page.getByRole("button", { name: "Publish…" }).click();
  const panel = page.getByRole("region", { name: "Publish version 1" });
  await expect(panel.getByRole("heading", { name: "Publish version 1" })).toBeFocused();
  await expect(panel.getByRole("list", { name: "What changes for readers" })).toContainText("They will see the article with 1 checked claim.");
  await expect(panel).toContainText("1 claim is not approved yet and will not be published.");
  await expect(panel.getByLabel("What changed (readers see this)")).toHaveCount(0);
  await panel.getByRole("button", { name: "Publish version 1" }).click();
  await expect(outcome(page, "Version 1 is public.")).toBeFocused();
  const slug = (await page.getByRole("link", { name: "Read it as readers do" }).getAttribute("href"))!;
  expect(slug).toMatch(/^\/articles\/[a-z0-9-]+$/);

  // A reader, signed out, reads version 1.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  expect((await reader.goto(slug))?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(reader.getByText("The statistics office reports 3.2 percent.")).toBeVisible();

  // The reviewer changes the verdict, the editor approves it and adds a sentence to the text.
  await reviewAsReviewer(browser, url, "Mostly true — Accurate, with minor caveats.", "The figure is for the first half of the year only.");
  await signOff(page);
  await page.getByRole("button", { name: "Revise text" }).click();
  await page.getByLabel("Article text", { exact: true }).fill([JOBS, HOSPITAL, LATER].join("\n"));
  await page.getByRole("button", { name: "Save text" }).click();
  await expect(outcome(page, /^Text saved/)).toBeVisible();

  // Version 2: the preview names both differences; the note is required; it goes out as a correction.
  await page.getByRole("button", { name: "Publish…" }).click();
  const second = page.getByRole("region", { name: "Publish version 2" });
  const changes = second.getByRole("list", { name: "What changes for readers" });
  await expect(changes).toContainText("The article text changes.");
  await expect(changes).toContainText(`Claim 1, “${JOBS}”: the verdict changes from “True” to “Mostly true”, the explanation changes.`);
  // Readable on a phone: nothing wider than a 390-pixel screen.
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  await page.setViewportSize(desktop);
  await second.getByRole("button", { name: "Publish version 2" }).click();
  await expect(second.getByRole("alert")).toContainText("Say what changed since the last version");
  const note = second.getByLabel("What changed (readers see this)");
  await expect(note).toHaveAccessibleDescription(/Describe what changed/);
  await note.fill("The unemployment figure covers only half the year, so the verdict is now Mostly true.");
  await second.getByRole("radio", { name: /^Correction/ }).check();
  await second.getByRole("button", { name: "Publish version 2" }).click();
  await expect(outcome(page, "Version 2 is public.")).toBeVisible();
  await expect(page.getByText("Published version 2", { exact: true })).toBeVisible();
  await reader.reload();
  await expect(reader.getByText("The figure is for the first half of the year only.")).toBeVisible();

  // Nothing changed since: the preview says so and publishing is off.
  await page.getByRole("button", { name: "Publish…" }).click();
  const third = page.getByRole("region", { name: "Publish version 3" });
  await expect(third).toContainText("Readers already see exactly this as version 2. There is nothing new to publish.");
  await expect(third.getByRole("button", { name: "Publish version 3" })).toBeDisabled();
  // Escape closes the panel and gives focus back to the button that opened it.
  await expect(third.getByRole("heading", { name: "Publish version 3" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(third).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Publish…" })).toBeFocused();

  // Retract: a reason is required, then a confirmation.
  await page.getByRole("button", { name: "Retract…" }).click();
  const reason = page.getByLabel("Why is it retracted? (readers see this)");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(reason).toHaveAccessibleDescription(/Say why the fact-check is retracted/);
  await reason.fill("The statistics office withdrew the figures we relied on.");
  await page.getByRole("button", { name: "Continue" }).click();
  const confirm = page.getByRole("group", { name: /^Retract this fact-check\?/ });
  await expect(confirm).toContainText("The statistics office withdrew the figures we relied on.");
  await confirm.getByRole("button", { name: "Retract fact-check" }).click();
  await expect(page.getByText(/^Retracted on .*Reason readers see: “The statistics office withdrew the figures we relied on\.”/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Retract…" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Publish…" })).toBeEnabled();

  // The reader now gets the retraction notice, with status 410.
  expect((await reader.goto(slug))?.status()).toBe(410);
  await expect(reader.getByRole("heading", { level: 1, name: "This fact-check was retracted" })).toBeVisible();
  await expect(reader.getByText("The statistics office withdrew the figures we relied on.")).toBeVisible();
  await expect(reader.getByText("The figure is for the first half of the year only.")).toHaveCount(0);
  await readerContext.close();
});
