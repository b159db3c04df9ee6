import { expect, test } from "@playwright/test";
import { DEMO, uniqueTitle } from "./fixtures";
import { changeArticle, seed } from "./seed";

// A fact-check published, then corrected (new words in the text, another verdict); a signed-out reader follows
// its versions, compares them, reads the first, finds it among the corrections, on the home page and in search.

const JOBS = "Unemployment in the city fell to 3.2 percent last year, the lowest figure in a decade.";
const COUNCIL = "The council spent 4.2 million euros on new bicycle lanes in 2023, the mayor said on Tuesday.";
const ADDED = "The statistics office later revised its survey.";

test("a corrected fact-check: versions, comparison, the older version, corrections, home page and search", async ({ page, request }) => {
  const marker = uniqueTitle("Survey").replace(/\s+/g, "").toLowerCase();
  const title = uniqueTitle("Jobs figures");
  // Published, then corrected, through the service verbs (publishing.spec.ts walks the desk's steps): version 1 rates
  // the claim False; version 2 adds a sentence to the text and rates it Misleading, as a correction with a note.
  const { articles } = await seed(request, {
    articles: [
      {
        by: DEMO.editor,
        title,
        body: [JOBS, COUNCIL].join("\n"),
        sourceOutlet: "Daily Example",
        claims: [{ quote: JOBS, reviewer: DEMO.reviewer, review: { verdict: "False", explanation: `The survey says 4.1 percent (${marker}).` }, signOff: true }],
        publish: {},
      },
    ],
  });
  const { id, slug } = articles[0]!;
  await changeArticle(request, id, DEMO.editor, {
    text: [JOBS, COUNCIL, ADDED].join("\n"),
    claims: [{ quote: JOBS, review: { verdict: "Misleading", explanation: `The revised survey says 3.2 percent for one quarter only (${marker}).` }, signOff: true }],
    publish: { changeNote: "We had the survey's period wrong.", correction: true },
  });

  // A reader, not signed in.
  const reader = page;

  await reader.goto(`/articles/${slug}/versions`);
  const versions = reader.getByRole("list", { name: "Versions" }).getByRole("listitem");
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText("Version 2 (latest)");
  await expect(versions.first()).toContainText("Correction");
  await expect(versions.first()).toContainText("We had the survey's period wrong.");
  await expect(versions.last()).toContainText("First published.");

  // The compare form works as a plain GET form.
  const form = reader.getByRole("form", { name: "Compare two versions" });
  await form.getByLabel("Older version").selectOption("1");
  await form.getByLabel("Newer version").selectOption("2");
  await form.getByRole("button", { name: "Compare" }).click();
  await expect(reader).toHaveURL(new RegExp(`/articles/${slug}/versions/compare\\?from=1&to=2$`));
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("What changed from version 1 to version 2");
  await expect(reader.locator("ins").filter({ hasText: ADDED })).toBeVisible();
  const change = reader.getByRole("list", { name: "Claim changes" }).getByRole("listitem").first();
  await expect(change).toContainText("Verdict changed from False to Misleading.");
  await expect(change).toContainText("Explanation changed");

  // The first version stays readable, saying it is not the latest.
  await reader.getByRole("link", { name: "Read version 1" }).first().click();
  await expect(reader).toHaveURL(new RegExp(`/articles/${slug}/v/1$`));
  await expect(reader.getByRole("complementary", { name: /Update|Correction/ })).toContainText("You are reading version 1 of 2");
  await expect(reader.getByText(`The survey says 4.1 percent (${marker}).`)).toBeVisible();
  await expect(reader.getByText(ADDED)).toHaveCount(0);
  await reader.getByRole("link", { name: "Read the latest version" }).click();
  await expect(reader).toHaveURL(new RegExp(`/articles/${slug}$`));

  // The corrections page lists it, with links to the version and to what changed.
  await reader.goto("/corrections");
  const correction = reader.getByRole("list", { name: "Corrections" }).getByRole("listitem").filter({ hasText: title });
  await expect(correction).toContainText("Corrected in version 2");
  await expect(correction).toContainText("We had the survey's period wrong.");
  await correction.getByRole("link", { name: "What changed from version 1" }).click();
  await expect(reader).toHaveURL(new RegExp(`/articles/${slug}/versions/compare\\?from=1&to=2$`));

  // The home page shows it with its verdict summary.
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: title })).toBeVisible();
  await expect(reader.getByRole("list", { name: `Verdicts in “${title}”` })).toHaveText("1 Misleading");

  // Search finds the claim by its latest explanation; the verdict filter narrows the results.
  await reader.getByRole("link", { name: "Search the fact-checks" }).click();
  const search = reader.getByRole("search", { name: "Search fact-checks" });
  await search.getByLabel("Search claims and articles").fill(marker);
  await search.getByRole("button", { name: "Search" }).click();
  const hit = reader.getByRole("link", { name: JOBS });
  await expect(hit).toHaveAttribute("href", new RegExp(`/articles/${slug}#claim-[0-9a-f]{8}$`));
  // The filter offers the verdicts published claims have: "False" was this claim's only in version 1.
  const offered = await search.getByLabel("Verdict").getByRole("option").allTextContents();
  expect(offered).toContain("Misleading");
  const other = offered.find((label) => !["Any verdict", "Misleading"].includes(label))!;
  await search.getByLabel("Verdict").selectOption(other);
  await search.getByRole("button", { name: "Search" }).click();
  await expect(reader).toHaveURL(/verdict=/);
  await expect(reader.getByRole("status")).toContainText("No published fact-check matches");
  await expect(reader.getByRole("link", { name: JOBS })).toHaveCount(0);
  await search.getByLabel("Verdict").selectOption("Misleading");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(reader.getByRole("link", { name: JOBS })).toHaveAttribute("href", new RegExp(`/articles/${slug}#claim-[0-9a-f]{8}$`));

  // Without words, it says what to do.
  await reader.goto("/search");
  await expect(reader.getByRole("status")).toHaveText("Type a word or two to search the fact-checks, or pick a verdict.");
});
