import { describe, expect, test } from "vitest";
import { TimeBudgetExceededError } from "../../lib/core/workerPool";
import { ValidationError } from "../../lib/core/errors";
import { createAnchor, reanchorAll } from "../../lib/domain/anchoring";
import { extractArticle } from "../../lib/domain/articleExtraction";
import { parseClaimReviews } from "../../lib/domain/claimReviewImport";
import { readNewsFeed } from "../../lib/domain/newsFeed";
import { suggestClaims } from "../../lib/domain/claimSuggestions";
import { diffWords } from "../../lib/domain/wordDiff";
import { extractArticleInTime } from "../../lib/services/articles/extractArticleInTime";
import { reanchorInTime } from "../../lib/services/articles/reanchorInTime";
import { readClaimReviewsInTime, readNewsFeedInTime } from "../../lib/services/archive/readClaimReviewsInTime";
import { runOffThread } from "../../lib/services/offThread/runOffThread";
import { diffTextInTime } from "../../lib/services/publishing/diffTextInTime";
import { SAMPLE_ARTICLE } from "./splitSentences.cases";

const EDITED = SAMPLE_ARTICLE.replace("drones", "missiles");
// A budget no small task can miss, however busy the machine (starting a worker thread alone can take seconds then):
// the in-time answer is checked against the function's own; the budgets themselves by the 1 ms cases.
const ROOMY = 60_000;
const PAGE_URL = "https://www.dailyexample.com/news/drones";
const PAGE = `<html><head><title>Drones over the Kremlin</title></head><body><article>${SAMPLE_ARTICLE.split("\n")
  .map((line) => `<p>${line}</p>`)
  .join("")}</article></body></html>`;

describe("runOffThread", () => {
  test("a worker thread gives the same suggestions and diffs as the functions themselves", async () => {
    expect(await runOffThread("suggestClaims", [SAMPLE_ARTICLE], 30_000)).toEqual(suggestClaims(SAMPLE_ARTICLE));
    expect(await runOffThread("diffWords", [SAMPLE_ARTICLE, EDITED], 30_000)).toEqual(diffWords(SAMPLE_ARTICLE, EDITED));
    expect(await runOffThread("extractArticle", [PAGE, PAGE_URL], 30_000)).toEqual(extractArticle(PAGE, PAGE_URL));
    const anchors = [createAnchor(SAMPLE_ARTICLE, 10, 60), createAnchor(SAMPLE_ARTICLE, SAMPLE_ARTICLE.indexOf("drones"), SAMPLE_ARTICLE.indexOf("drones") + 6)];
    expect(await runOffThread("reanchorAll", [SAMPLE_ARTICLE, EDITED, anchors], 30_000)).toEqual(reanchorAll(SAMPLE_ARTICLE, EDITED, anchors));
  });

  test("a task over its budget is refused", async () => {
    await expect(runOffThread("suggestClaims", ["- x\n".repeat(250_000)], 1)).rejects.toBeInstanceOf(TimeBudgetExceededError);
  });
});

describe("comparing two versions' texts", () => {
  test("word by word, or, over the budget, the whole text replaced", async () => {
    expect(await diffTextInTime(SAMPLE_ARTICLE, EDITED, ROOMY)).toEqual(diffWords(SAMPLE_ARTICLE, EDITED));
    const [long, changed] = ["- x\n".repeat(50_000), "- y\n".repeat(50_000)];
    expect(await diffTextInTime(long, changed, 1)).toEqual([[{ kind: "deleted", text: long }], [{ kind: "inserted", text: changed }]]);
  });
});

describe("reading an imported page", () => {
  test("as extractArticle does, or, over the budget, refused with a message for the editor", async () => {
    expect(await extractArticleInTime(PAGE, PAGE_URL, ROOMY)).toEqual(extractArticle(PAGE, PAGE_URL));
    const large = PAGE.replace("<article>", `<article>${"<p>The council cut bus fares by a third last year.</p>".repeat(20_000)}`);
    const refusal = await extractArticleInTime(large, PAGE_URL, 1).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).message).toBe("That page is too large to read in time. Copy the article's text from it and paste it in the form below instead.");
  });
});

describe("carrying claims over to a revised text", () => {
  test("as reanchorAll does, or, over the budget, refused on the text field", async () => {
    const anchors = [createAnchor(SAMPLE_ARTICLE, 10, 60)];
    expect(await reanchorInTime(SAMPLE_ARTICLE, EDITED, anchors, ROOMY)).toEqual(reanchorAll(SAMPLE_ARTICLE, EDITED, anchors));
    const [long, changed] = ["- x\n".repeat(50_000), "- y\n".repeat(50_000)];
    const refusal = await reanchorInTime(long, changed, [createAnchor(long, 2, 3)], 1).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).fieldErrors.body).toMatch(/^Placing the claims in so changed a text took too long, so the revision was not saved/);
  });
});

describe("reading another fact-checker's ClaimReviews", () => {
  const REVIEW = `<script type="application/ld+json">{"@type":"ClaimReview","url":"https://checks.example/a","claimReviewed":"The bridge cost 4 million.","author":{"name":"Checks"},"reviewRating":{"alternateName":"False"}}</script>`;
  const PAGE_WITH_REVIEW = `<html><body>${REVIEW}<p>The bridge.</p></body></html>`;
  // linkedom takes time more than linear in how deeply elements nest: 20,000 take a tenth of a second, 160,000 (800 KB) 17 s.
  const NESTED = `<html><body>${REVIEW}${"<div>".repeat(20_000)}</body></html>`;
  const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><item><link>https://checks.example/a</link></item></channel></rss>`;

  test("as parseClaimReviews and readNewsFeed do, or, over the budget, refused on the field given", async () => {
    expect(await readClaimReviewsInTime(PAGE_WITH_REVIEW, {}, ROOMY)).toEqual(parseClaimReviews(PAGE_WITH_REVIEW));
    expect(await readNewsFeedInTime(FEED, "https://checks.example/", {}, ROOMY)).toEqual(readNewsFeed(FEED, "https://checks.example/"));
    const unreadable = await readClaimReviewsInTime("<html><body>no markup</body></html>", { field: "url" }, ROOMY).catch((error: unknown) => error);
    expect((unreadable as ValidationError).fieldErrors.url).toBe("No ClaimReview markup was found on that page.");
    for (const slow of [readClaimReviewsInTime(NESTED, { field: "url" }, 1), readNewsFeedInTime(FEED, "https://checks.example/", { field: "url" }, 1)]) {
      const refusal = await slow.catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(ValidationError);
      expect((refusal as ValidationError).fieldErrors.url).toBe("That file or page is too large to read in time, so nothing of it was imported.");
    }
  });

  test("a deeply nested page is parsed off the event loop: a timer set before it fires before it is read", async () => {
    const order: string[] = [];
    const timer = new Promise<void>((resolve) => setTimeout(() => resolve(void order.push("timer")), 0));
    const reading = readClaimReviewsInTime(NESTED, {}, ROOMY).then((parsed) => void order.push(`read ${parsed.records.length}`));
    await Promise.all([timer, reading]);
    expect(order).toEqual(["timer", "read 1"]);
  });
});
