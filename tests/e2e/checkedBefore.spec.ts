import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { axe } from "./axe";
import { DEMO, pasteArticle, signInWithSavedSession } from "./fixtures";

// The demo archive (lib/demo/demoFactChecks.ts) holds a sample fact-check of this claim, in other words.
const PARADE = "Moscow cancelled its Victory Day parade for the first time in 20 years after two drones attacked the Kremlin.";
const FILLER = "The weather in the capital was mild and sunny that week.";
const PUBLISHER = "Example Fact Check Network (sample data)";

const claimList = (page: Page) => page.getByRole("listbox", { name: "Claims" });

test("a claim shows a match from the archive; the editor links it and copies its verdict into the draft review", async ({ page }) => {
  await pasteArticle(page, `${PARADE}\n${FILLER}`);
  // The suggestion already says it was checked before, and why.
  const suggestions = page.getByRole("region", { name: /suggest/i });
  await expect(suggestions.getByText(/rated what is very likely the same claim “False”.*Both mention .*Kremlin/)).toBeVisible();
  await page.getByRole("button", { name: /^Accept all \d+ suggestions?$/ }).click();
  await claimList(page).getByRole("option").filter({ hasText: "Victory Day" }).click();

  const panel = page.getByRole("region", { name: "Checked before?" });
  const match = panel.getByRole("listitem").filter({ hasText: PUBLISHER }).filter({ hasText: "cancelled its Victory Day parade" });
  await expect(match).toBeVisible();
  await expect(match.getByRole("link", { name: `Open the fact-check by ${PUBLISHER}` })).toHaveAttribute("href", /factcheck\.example\.org/);
  // Very likely the same claim, and why: the facts both mention, marked.
  await expect(match.getByText("Strong match", { exact: true })).toBeVisible();
  await expect(match.getByText(/^Both mention .*Kremlin/)).toBeVisible();
  await expect(match.locator("mark").filter({ hasText: "Kremlin" })).toBeVisible();

  await match.getByRole("button", { name: `Link the fact-check by ${PUBLISHER}` }).click();
  await expect(page.getByRole("status")).toHaveText("Linked to this claim.");
  await expect(match.getByText("Linked", { exact: true })).toBeVisible();

  await match.getByRole("button", { name: "Copy into the draft review" }).click();
  await expect(page.getByRole("status")).toHaveText(/Copied into the draft review/);
  await expect(page.getByLabel("Public explanation")).toHaveValue(`${PUBLISHER} rated this claim “False” on 2023-05-06.`);
  await expect(page.getByLabel("Verdict")).toHaveValue(/[0-9a-f-]{36}/);
  await expect(page.getByLabel("Verdict").locator("option:checked")).toHaveText(/^False/);
  await expect(page.getByLabel("Sources")).toHaveValue(/factcheck\.example\.org\/checks\/victory-day-cancelled/);

  // The link stays after a reload; a dismissed match would not come back.
  await page.reload();
  await claimList(page).getByRole("option").filter({ hasText: "Victory Day" }).click();
  await expect(page.getByRole("region", { name: "Checked before?" }).getByRole("listitem").filter({ hasText: "Linked" })).toBeVisible();
});

test("a claim sharing only common words with earlier fact-checks gets possible matches, never a badge", async ({ page }) => {
  // "two" and "president" are all it shares with the demo archive (the newcomer's speech met "Two drones were shot down").
  const DEFICITS = "Our deficits have been cut by two-thirds since 2009, the president said.";
  await pasteArticle(page, `${DEFICITS}\n${FILLER}`);
  await page.getByRole("button", { name: /^Accept all \d+ suggestions?$/ }).click();
  await claimList(page).getByRole("option").filter({ hasText: "deficits" }).click();

  const panel = page.getByRole("region", { name: "Checked before?" });
  await expect(panel.getByRole("listitem").first()).toBeVisible();
  const shown = await panel.getByRole("listitem").count();
  await expect(panel.getByText("Possible match", { exact: true })).toHaveCount(shown);
  await expect(panel.getByText("Strong match", { exact: true })).toHaveCount(0);
  await expect(panel.getByText("They share only common words.").first()).toBeVisible();
});

test("the Checked before page lists the claim with a strong match, and an editor imports a file of ClaimReviews", async ({ page }) => {
  await pasteArticle(page, `${PARADE}\n${FILLER}`);
  await page.getByRole("button", { name: /^Accept all \d+ suggestions?$/ }).click();
  await expect(claimList(page).getByRole("option").filter({ hasText: "Victory Day" })).toBeVisible();

  await page.getByRole("link", { name: "Checked before", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Checked before?" })).toBeVisible();
  const queue = page.getByRole("region", { name: "Open claims with a strong match nobody has looked at" });
  await expect(queue.getByRole("listitem").filter({ hasText: PARADE.slice(0, 40) }).first()).toBeVisible();

  const unique = Date.now().toString(36);
  const lines = [
    { "@type": "ClaimReview", url: `https://checks.example.test/${unique}/1`, claimReviewed: `Claim one ${unique}`, author: { name: "Test Checks" }, reviewRating: { alternateName: "False" } },
    { "@type": "ClaimReview", url: `https://checks.example.test/${unique}/1`, claimReviewed: `Claim one ${unique}`, author: { name: "Test Checks" }, reviewRating: { alternateName: "False" } },
    { "@type": "ClaimReview", url: `https://checks.example.test/${unique}/2`, claimReviewed: "", author: { name: "Test Checks" }, reviewRating: { alternateName: "False" } },
  ].map((line) => JSON.stringify(line));
  const form = page.getByRole("form", { name: "Import other fact-checkers’ work" });
  await form.getByLabel("File").setInputFiles({ name: "checks.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(lines.join("\n")) });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Imported 1 fact-check; 2 left out" })).toBeVisible();
  const table = form.getByRole("table", { name: "Left out" });
  await expect(table.getByRole("row").filter({ hasText: "The same fact-check (same address, same claim) appears earlier in this import." })).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: "The record does not say what claim was reviewed" })).toBeVisible();

  await form.getByLabel("File").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("just some notes") });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("alert")).toHaveText("This file is neither JSON, JSON Lines nor a web page.");
});

test("the import form refuses a file over the form limit before sending it, and sends one just under it", async ({ page }) => {
  const MB = 1024 * 1024;
  await signInWithSavedSession(page, DEMO.editor, undefined, "/desk/archive");
  const form = page.getByRole("form", { name: "Import other fact-checkers’ work" });
  await expect(form.getByText("Up to 4 MB.")).toBeVisible();
  let sent = 0;
  page.on("request", (request) => {
    if (request.method() === "POST") sent += 1;
  });
  await form.getByLabel("File").setInputFiles({ name: "big.json", mimeType: "application/json", buffer: Buffer.alloc(4.2 * MB, " ") });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("alert")).toHaveText("The file is too large to send: at most 4 MB. Split it into smaller files, or import it from its web address.");
  expect(sent).toBe(0);

  // Over the size the form used to allow (3.5 MB), under the server's: it reaches the import, which reads it.
  await form.getByLabel("File").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.alloc(3.8 * MB, "notes ") });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("alert")).toHaveText("This file is neither JSON, JSON Lines nor a web page.", { timeout: 30_000 });
  expect(sent).toBe(1);
});

test("an editor adds another Factdesk's API as a source, reads it now, reads it again for nothing new, and removes it", async ({ page }) => {
  // Another Factdesk's /api/v1/claim-reviews answer, served from this test (the server may import from 127.0.0.1).
  const unique = Date.now().toString(36);
  const site = "https://other-factdesk.example.test";
  const review = (n: number, claim: string) => ({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${site}/articles/bridge-${unique}#claim-${n}`,
    claimReviewed: claim,
    datePublished: "2026-03-01T10:00:00.000Z",
    author: { "@type": "Organization", name: "Other Newsroom", url: `${site}/` },
    reviewRating: { "@type": "Rating", ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: "Mostly false" },
  });
  const items = [review(1, `The ${unique} footbridge was painted blue twice.`), review(2, `The ${unique} footbridge cost 3 million to paint.`)];
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ items, page: 1, perPage: 20, total: items.length }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/claim-reviews`;
  try {
    await signInWithSavedSession(page, DEMO.editor, undefined, "/desk/archive");
    const sources = page.getByRole("region", { name: "Sources read regularly" });
    const add = sources.getByRole("form", { name: "Add a source" });
    await add.getByLabel("Web address").fill(address);
    await add.getByLabel("How often to read it").selectOption({ label: "Only when I ask" });
    await add.getByRole("button", { name: "Add source" }).click();
    await expect(add.getByRole("status")).toHaveText("Added. Use “Read now” to read it.");

    const source = sources.getByRole("listitem", { name: address });
    await expect(source).toContainText("Not read yet");
    await source.getByRole("button", { name: "Read now" }).click();
    await expect(source.getByRole("status").filter({ hasText: "Imported 2 fact-checks." })).toBeVisible();
    await expect(source).toContainText("Factdesk API");
    await expect(source).toContainText("imported 2 new fact-checks.");

    await source.getByRole("button", { name: "Read now" }).click();
    await expect(source.getByRole("status").filter({ hasText: "Imported 0 fact-checks; 2 left out" })).toBeVisible();
    await expect(source.getByRole("table", { name: "Left out" }).getByRole("row").filter({ hasText: "Already in the archive." })).toHaveCount(2);
    await expect(source.getByRole("table", { name: "Left out" })).toContainText(`${site}/articles/bridge-${unique}#claim-2`);
    const results = await axe(page).include("section[aria-labelledby='sources-heading']").analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

    await source.getByRole("button", { name: "Remove" }).click();
    await source.getByRole("button", { name: "Yes, remove this source" }).click();
    await expect(source).toHaveCount(0);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
