import { describe, expect, test } from "vitest";
import { ClaimReviewFileError, parseClaimReviews } from "@/lib/domain/claimReviewImport";

const review = (over: Record<string, unknown> = {}) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: "https://checks.example.org/drones",
  claimReviewed: "Two drones hit the Kremlin in May 2023.",
  datePublished: "2023-05-04T10:00:00Z",
  author: { "@type": "Organization", name: "Example Checks", url: "https://checks.example.org/" },
  itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "A Spokesman" } },
  reviewRating: { "@type": "Rating", ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: "Mostly true" },
  inLanguage: "en",
  ...over,
});

describe("parseClaimReviews", () => {
  test("reads one ClaimReview with everything the archive keeps", () => {
    const parsed = parseClaimReviews(JSON.stringify(review()));
    expect(parsed.format).toBe("json");
    expect(parsed.skipped).toEqual([]);
    expect(parsed.records).toEqual([
      {
        record: 1,
        factCheck: {
        url: "https://checks.example.org/drones",
        claim: "Two drones hit the Kremlin in May 2023.",
        claimant: "A Spokesman",
        publisher: "Example Checks",
        publisherUrl: "https://checks.example.org/",
        rating: "Mostly true",
        ratingValue: 4,
        bestRating: 5,
        worstRating: 1,
        publishedOn: "2023-05-04",
        language: "en",
        },
      },
    ]);
  });

  test("reads a list, a DataFeed and an @graph", () => {
    const list = [review(), review({ url: "https://checks.example.org/two" })];
    expect(parseClaimReviews(JSON.stringify(list)).records).toHaveLength(2);
    const feed = {
      "@context": "https://schema.org",
      "@type": "DataFeed",
      dataFeedElement: [
        { "@type": "DataFeedItem", item: [review({ url: "https://a.example/1" })] },
        { "@type": "DataFeedItem", item: review({ url: "https://a.example/2" }) },
      ],
    };
    expect(parseClaimReviews(JSON.stringify(feed)).records.map((r) => r.factCheck.url)).toEqual(["https://a.example/1", "https://a.example/2"]);
    const graph = { "@context": "https://schema.org", "@graph": [{ "@type": "WebPage" }, review()] };
    expect(parseClaimReviews(JSON.stringify(graph)).records).toHaveLength(1);
  });

  test("reads JSON Lines, reporting a broken line and keeping the rest", () => {
    const text = [JSON.stringify(review()), "{not json", "", JSON.stringify(review({ url: "https://checks.example.org/b" }))].join("\n");
    const parsed = parseClaimReviews(text);
    expect(parsed.format).toBe("jsonl");
    expect(parsed.records).toHaveLength(2);
    expect(parsed.skipped).toEqual([{ record: 2, url: null, reason: "Line 2 is not valid JSON." }]);
  });

  test("reads the JSON-LD of a web page", () => {
    const html = `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(review())}</script>
      <script type="application/ld+json">{broken</script></head><body><p>Hello</p></body></html>`;
    const parsed = parseClaimReviews(html);
    expect(parsed.format).toBe("html");
    expect(parsed.records[0]?.factCheck.claim).toBe("Two drones hit the Kremlin in May 2023.");
  });

  test("skips broken records and repeats, saying why", () => {
    const text = JSON.stringify([
      review(),
      review(),
      review({ url: "javascript:alert(1)" }),
      review({ url: "https://x.example/1", claimReviewed: "  " }),
      review({ url: "https://x.example/2", reviewRating: undefined }),
      review({ url: "https://x.example/3", author: undefined }),
    ]);
    const parsed = parseClaimReviews(text);
    expect(parsed.records).toHaveLength(1);
    expect(parsed.skipped.map((s) => [s.record, s.reason])).toEqual([
      [2, "The same address appears earlier in this file."],
      [3, "The record has no web address (url) of the fact-check."],
      [4, "The record does not say what claim was reviewed (claimReviewed)."],
      [5, "The record has no rating (reviewRating)."],
      [6, "The record does not name the fact-checker (author)."],
    ]);
  });

  test("a numeric rating without words is kept as its number; odd dates and languages are dropped", () => {
    const parsed = parseClaimReviews(
      JSON.stringify(review({ reviewRating: { ratingValue: "2", bestRating: "5" }, datePublished: "soon", inLanguage: "<en>" })),
    );
    expect(parsed.records[0]?.factCheck).toMatchObject({ rating: "2", ratingValue: 2, bestRating: 5, publishedOn: null, language: null });
  });

  test("a file that is not ClaimReview data is refused as a whole", () => {
    expect(() => parseClaimReviews("")).toThrow(ClaimReviewFileError);
    expect(() => parseClaimReviews("id,claim\n1,x")).toThrow("neither JSON, JSON Lines nor a web page");
    expect(() => parseClaimReviews("\u0000\u0001PK")).toThrow("binary");
    expect(() => parseClaimReviews(JSON.stringify({ "@type": "Article" }))).toThrow("No ClaimReview records");
    expect(() => parseClaimReviews("<html><body>no markup</body></html>")).toThrow("No ClaimReview markup");
    expect(() => parseClaimReviews("{broken\n[also")).toThrow("not valid JSON");
  });
});

describe("markWords", () => {
  test("marks whole words, case-insensitively, as written", async () => {
    const { markWords } = await import("@/lib/domain/sharedWords");
    expect(markWords("Unemployment fell to 3.2 percent, unemployment said.", ["unemployment", "3.2", "per"])).toEqual([
      { text: "Unemployment", match: true },
      { text: " fell to ", match: false },
      { text: "3.2", match: true },
      { text: " percent, ", match: false },
      { text: "unemployment", match: true },
      { text: " said.", match: false },
    ]);
    expect(markWords("Nothing shared", [])).toEqual([{ text: "Nothing shared", match: false }]);
  });
});
