import { describe, expect, test } from "vitest";
import { atomFeed } from "@/lib/domain/atomFeed";
import { buildClaimReviews, claimFragment } from "@/lib/domain/claimReview";
import { inEnglish } from "@/lib/core/serviceWords";
import { ClaimReviewFileError, isArchived, keyFactChecks, parseClaimReviews, REPEAT_REASON } from "@/lib/domain/claimReviewImport";
import { MAX_RECORDS_PER_IMPORT } from "@/lib/domain/limits";
import { readNewsFeed } from "@/lib/domain/newsFeed";
import type { PublishedClaim } from "@/lib/domain/publishedSnapshot";

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

/** The sentence an English-speaking editor is shown when `text` is refused as a whole. */
function refusal(text: string): string {
  try {
    parseClaimReviews(text);
  } catch (error) {
    if (error instanceof ClaimReviewFileError) return inEnglish(error.words);
    throw error;
  }
  throw new Error("the file was not refused");
}

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
    expect(parsed.skipped.map((s) => ({ ...s, reason: inEnglish(s.reason) }))).toEqual([{ record: 2, url: null, reason: "Line 2 is not valid JSON." }]);
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
    expect(parsed.skipped.map((s) => [s.record, inEnglish(s.reason)])).toEqual([
      [2, inEnglish(REPEAT_REASON)],
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
    expect(refusal("")).toBe("The file is empty.");
    expect(refusal("id,claim\n1,x")).toMatch("neither JSON, JSON Lines nor a web page");
    expect(refusal("\u0000\u0001PK")).toMatch("binary");
    expect(refusal(JSON.stringify({ "@type": "Article" }))).toBe('No ClaimReview records were found. Each record needs "@type": "ClaimReview".');
    expect(refusal("<html><body>no markup</body></html>")).toMatch("No ClaimReview markup");
    expect(refusal("{broken\n[also")).toMatch("not valid JSON");
  });

  test("a file of too many records is refused, saying how many it holds", () => {
    const many = '{"@type":"ClaimReview"}\n'.repeat(MAX_RECORDS_PER_IMPORT + 1);
    expect(refusal(many)).toBe(
      `The file holds ${(MAX_RECORDS_PER_IMPORT + 1).toLocaleString("en")} records; split it into files of at most ${MAX_RECORDS_PER_IMPORT.toLocaleString("en")}.`,
    );
  });
});

const SITE = "https://factcheck.example.org";

/** Three published claims as Factdesk's own reader page, API and feed carry them (lib/domain/claimReview.ts). */
function factdeskReviews() {
  const claim = (number: number, statement: string, label: string): PublishedClaim => ({
    id: `c${number}`,
    number,
    start: 0,
    end: 5,
    quote: "Quote",
    statement,
    claimant: "A Spokesman",
    verdict: { label, description: "", colour: "#c00", position: number, scaleSize: 5, scaleVersion: 1, truthRank: number, bestTruthRank: 5 },
    explanation: "Because.",
    sources: [],
    reviewedAt: "2026-01-01T00:00:00.000Z",
  });
  return buildClaimReviews(SITE, { name: "Factdesk Demo Newsroom", url: null, language: "en" }, {
    slug: "kremlin-drones",
    publishedAt: new Date("2026-03-01T10:00:00Z"),
    source: { outlet: "Gazette", url: "https://gazette.example/drones", author: null, publishedOn: "2026-02-03" },
    claims: [
      claim(1, "Two drones were shot down over the Kremlin.", "Unproven"),
      claim(2, "Victory Day, on May 9, was the target.", "False"),
      claim(3, "Putin was not in the Kremlin at the time.", "True"),
    ],
  });
}

describe("several reviews on one page", () => {
  test("a page with three reviews gives three records, each keeping its #claim-N address", () => {
    const html = `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(factdeskReviews())}</script></head><body></body></html>`;
    const parsed = parseClaimReviews(html);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.records.map((r) => [r.factCheck.url, r.factCheck.rating, r.factCheck.publisher])).toEqual([
      [`${SITE}/articles/kremlin-drones#${claimFragment({ id: "c1" })}`, "Unproven", "Factdesk Demo Newsroom"],
      [`${SITE}/articles/kremlin-drones#${claimFragment({ id: "c2" })}`, "False", "Factdesk Demo Newsroom"],
      [`${SITE}/articles/kremlin-drones#${claimFragment({ id: "c3" })}`, "True", "Factdesk Demo Newsroom"],
    ]);
    // Each address is its own key: no claim needed.
    expect(keyFactChecks(parsed.records).map((r) => r.factCheck.claimKey)).toEqual(["", "", ""]);
  });

  test("reviews sharing one address without fragments are told apart by their claim; the same claim twice is a repeat", () => {
    const shared = "https://checks.example.org/roundup";
    const parsed = parseClaimReviews(
      JSON.stringify([
        review({ url: shared, claimReviewed: "Crime fell by half." }),
        review({ url: shared, claimReviewed: "Bus fares doubled." }),
        review({ url: shared, claimReviewed: "  crime fell BY half. " }),
        review({ url: "https://checks.example.org/alone" }),
      ]),
    );
    expect(parsed.records.map((r) => r.factCheck.claim)).toEqual(["Crime fell by half.", "Bus fares doubled.", "Two drones hit the Kremlin in May 2023."]);
    expect(parsed.skipped).toEqual([{ record: 3, url: shared, reason: REPEAT_REASON }]);
    const keys = keyFactChecks(parsed.records).map((r) => r.factCheck.claimKey);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBe("");
  });

  test("a record is already archived under its key, under its claim at the same address, or at its address without the fragment", () => {
    const url = `${SITE}/articles/a#claim-2`;
    const record = { url, claimKey: "", claim: "Bus fares doubled." };
    expect(isArchived(record, { url, claimKey: "", claim: "Bus fares went up by 100%." })).toBe(true);
    expect(isArchived(record, { url, claimKey: "abc", claim: "bus fares  doubled." })).toBe(true);
    expect(isArchived(record, { url, claimKey: "abc", claim: "Crime fell." })).toBe(false);
    expect(isArchived(record, { url: `${SITE}/articles/a`, claimKey: "", claim: "Bus fares doubled." })).toBe(true);
    expect(isArchived(record, { url: `${SITE}/articles/a`, claimKey: "", claim: "Crime fell." })).toBe(false);
    expect(isArchived(record, { url: `${SITE}/articles/a#claim-3`, claimKey: "", claim: "Bus fares doubled." })).toBe(false);
  });
});

describe("Factdesk's own answers", () => {
  test("the /api/v1/claim-reviews answer is read as a page of ClaimReviews, with its place in the list", () => {
    const answer = { items: factdeskReviews(), page: 1, perPage: 20, total: 3 };
    const parsed = parseClaimReviews(JSON.stringify(answer));
    expect(parsed.format).toBe("factdesk_api");
    expect(parsed.paging).toEqual({ page: 1, perPage: 20, total: 3 });
    expect(parsed.records).toHaveLength(3);
    expect(parsed.records[1]!.factCheck).toEqual({
      url: `${SITE}/articles/kremlin-drones#${claimFragment({ id: "c2" })}`,
      claim: "Victory Day, on May 9, was the target.",
      claimant: "A Spokesman",
      publisher: "Factdesk Demo Newsroom",
      publisherUrl: `${SITE}/`,
      rating: "False",
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      publishedOn: "2026-03-01",
      language: "en",
    });
    // An empty page (a newsroom with nothing published yet) is an answer, not a broken file.
    expect(parseClaimReviews(JSON.stringify({ items: [], page: 1, perPage: 20, total: 0 })).records).toEqual([]);
  });

  test("a Factdesk Atom feed is read as the pages it links to, each once", () => {
    const page = `${SITE}/articles/kremlin-drones`;
    const entry = (n: number, updated: string) => ({ id: `${page}/versions/${n}`, title: "Drones", link: page, updated: new Date(updated), summary: "…" });
    const feed = atomFeed({
      id: `${SITE}/feed.xml`,
      title: "Factdesk Demo Newsroom: fact-checks",
      link: `${SITE}/`,
      self: `${SITE}/feed.xml`,
      author: "Factdesk Demo Newsroom",
      entries: [entry(2, "2026-03-02T10:00:00Z"), entry(1, "2026-03-01T10:00:00Z"), { ...entry(1, "2026-01-01T00:00:00Z"), link: `${SITE}/articles/a?x=1&y=2` }],
    });
    expect(readNewsFeed(feed)).toEqual([
      { link: page, updated: new Date("2026-03-02T10:00:00Z") },
      { link: page, updated: new Date("2026-03-01T10:00:00Z") },
      { link: `${SITE}/articles/a?x=1&y=2`, updated: new Date("2026-01-01T00:00:00Z") },
    ]);
  });

  test("a Factdesk feed's version entries are read as their article's page (rel=related), where the current reviews are", () => {
    const page = `${SITE}/articles/kremlin-drones`;
    const feed = atomFeed({
      id: `${SITE}/feed.xml`,
      title: "Checks",
      link: `${SITE}/`,
      self: `${SITE}/feed.xml`,
      author: "Checks",
      entries: [{ id: `${page}/v/2`, title: "Drones", link: `${page}/v/2`, related: page, updated: new Date("2026-03-02T10:00:00Z"), summary: "…" }],
    });
    expect(readNewsFeed(feed)).toEqual([{ link: page, updated: new Date("2026-03-02T10:00:00Z") }]);
  });

  test("an RSS feed's items are read too, relative links against the feed's address; a page or JSON is no feed", () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Checks</title>
      <item><title>One</title><link>/checks/one</link><pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate></item>
      <item><title>Two</title><guid>https://checks.example.org/two</guid></item>
      <item><title>Bad</title><link>javascript:alert(1)</link></item></channel></rss>`;
    expect(readNewsFeed(rss, "https://checks.example.org/feed")).toEqual([
      { link: "https://checks.example.org/checks/one", updated: new Date("2025-06-10T04:00:00Z") },
      { link: "https://checks.example.org/two", updated: null },
    ]);
    expect(readNewsFeed("<!doctype html><html><body>Hi</body></html>")).toBeNull();
    expect(readNewsFeed(JSON.stringify(review()))).toBeNull();
  });
});

describe("Yoast-style @graph", () => {
  test("an author, a rating or a claimant given as an @id reference is looked up in the page's graph", () => {
    const site = "https://checks.example.org";
    const graph = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "Organization", "@id": `${site}/#organization`, name: "Example Verify", url: `${site}/` },
        { "@type": "WebPage", "@id": `${site}/drones/`, url: `${site}/drones/` },
        { "@type": "Person", "@id": `${site}/#/schema/person/1`, name: "A Spokesman" },
        {
          "@type": "ClaimReview",
          "@id": `${site}/drones/#claimreview`,
          url: `${site}/drones/`,
          claimReviewed: "Two drones were shot down over the Kremlin.",
          author: { "@id": `${site}/#organization` },
          itemReviewed: { "@type": "Claim", author: { "@id": `${site}/#/schema/person/1` } },
          reviewRating: { "@id": `${site}/drones/#rating` },
        },
        { "@type": "Rating", "@id": `${site}/drones/#rating`, ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: "Unproven" },
      ],
    };
    const second = review({ url: `${site}/drones/#second`, author: { "@id": `${site}/#organization` } });
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(graph)}</script>
      <script type="application/ld+json">${JSON.stringify(second)}</script></head><body></body></html>`;
    const parsed = parseClaimReviews(html);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.records.map((r) => r.factCheck)).toEqual([
      expect.objectContaining({ url: `${site}/drones/`, publisher: "Example Verify", publisherUrl: `${site}/`, rating: "Unproven", claimant: "A Spokesman" }),
      expect.objectContaining({ url: `${site}/drones/#second`, publisher: "Example Verify" }),
    ]);
  });

  test("a reference to nothing on the page still leaves the record out, saying why", () => {
    const parsed = parseClaimReviews(JSON.stringify(review({ author: { "@id": "https://elsewhere.example/#org" } })));
    expect(parsed.skipped.map((s) => inEnglish(s.reason))).toEqual(["The record does not name the fact-checker (author)."]);
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
