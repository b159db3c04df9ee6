import http from "node:http";
import { inEnglish } from "@/lib/core/serviceWords";
import type { AddressInfo } from "node:net";
import { count, eq, like } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, factChecks } from "@/db/schema";
import { ForbiddenError, ValidationError } from "@/lib/core/errors";
import { claimFragment } from "@/lib/domain/claimReview";
import { REPEAT_REASON } from "@/lib/domain/claimReviewImport";
import { importFactChecks } from "@/lib/services/archive/importFactChecks";
import { getClaimMatches } from "@/lib/services/archive/getClaimMatches";
import { createClaim } from "@/lib/services/claims/createClaim";
import { startPublisher, publishThreeClaims, type Publisher } from "./claimReviewPublisher";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { makeArticle, makeUser, publishedVersion, SAMPLE_BODY } from "./factories";

const review = (url: string, over: Record<string, unknown> = {}) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url,
  claimReviewed: "Two drones hit the Kremlin in May 2023.",
  datePublished: "2023-05-04",
  author: { "@type": "Organization", name: "Example Checks", url: "https://checks.example.org/" },
  reviewRating: { "@type": "Rating", ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: "Mostly true" },
  ...over,
});

const unique = () => `https://checks.example.org/${Math.random().toString(36).slice(2)}`;

async function archived(url: string) {
  const db = await getDb();
  return db.select().from(factChecks).where(eq(factChecks.url, url));
}

async function archiveSize() {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(factChecks);
  return row!.n;
}

describe("importFactChecks", () => {
  test("imports good records, skips repeats, broken records and addresses already in the archive, saying why", async () => {
    const editor = await makeUser("editor");
    const [first, second, known] = [unique(), unique(), unique()];
    await importFactChecks(editor, { text: JSON.stringify(review(known)) });

    const lines = [
      JSON.stringify(review(first, { claimReviewed: "Crime fell by 50% in 2024, the mayor said.", inLanguage: "en" })),
      JSON.stringify(review(first, { claimReviewed: "Crime fell by 50% in 2024, the mayor said." })),
      "{ broken",
      JSON.stringify(review(known)),
      JSON.stringify(review(second, { reviewRating: { alternateName: "False" } })),
      JSON.stringify(review(unique(), { claimReviewed: "" })),
    ];
    const result = await importFactChecks(editor, { text: lines.join("\n") });

    expect(result.format).toBe("jsonl");
    expect(result.imported).toBe(2);
    expect(result.skipped.map((s) => inEnglish(s.reason))).toEqual([
      inEnglish(REPEAT_REASON),
      "Line 3 is not valid JSON.",
      "Already in the archive.",
      "The record does not say what claim was reviewed (claimReviewed).",
    ]);
    const [row] = await archived(first);
    expect(row).toMatchObject({
      claim: "Crime fell by 50% in 2024, the mayor said.",
      publisher: "Example Checks",
      rating: "Mostly true",
      ratingValue: 4,
      bestRating: 5,
      publishedOn: "2023-05-04",
      language: "en",
      importedBy: editor.actor.id,
    });
    expect((await archived(second))[0]?.rating).toBe("False");

    const db = await getDb();
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, result.importId));
    expect(entry).toMatchObject({ action: "factcheck.import", actorId: editor.actor.id });
    expect(entry!.after).toMatchObject({ from: "file", format: "jsonl", imported: 2, skipped: 4 });
  });

  test("several reviews at one address without fragments are all kept, told apart by their claim", async () => {
    const editor = await makeUser("editor");
    const url = unique();
    const claims = ["Crime fell by half.", "Bus fares doubled.", "Taxes went up."];
    const text = JSON.stringify(claims.map((claim) => review(url, { claimReviewed: claim })));
    expect(await importFactChecks(editor, { text })).toMatchObject({ imported: 3, skipped: [] });
    expect((await archived(url)).map((row) => row.claim).sort()).toEqual([...claims].sort());
    const again = await importFactChecks(editor, { text });
    expect(again.imported).toBe(0);
    expect(again.skipped.map((s) => inEnglish(s.reason))).toEqual(Array(3).fill("Already in the archive."));
  });

  test("a file that is not ClaimReview data imports nothing and says why", async () => {
    const editor = await makeUser("editor");
    const before = await archiveSize();
    for (const [text, message] of [
      ["id\tclaim\n1\tx", /neither JSON, JSON Lines nor a web page/],
      [JSON.stringify({ "@type": "NewsArticle" }), /No ClaimReview records/],
      ["\u0000PK\u0003\u0004", /binary/],
    ] as const) {
      const error = await importFactChecks(editor, { text }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toMatch(message);
    }
    expect(await archiveSize()).toBe(before);
  });

  test("reviewers cannot import", async () => {
    const reviewer = await makeUser("reviewer");
    const url = unique();
    await expect(importFactChecks(reviewer, { text: JSON.stringify(review(url)) })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await archived(url)).toEqual([]);
  });

  describe("from a web address", () => {
    const page = (url: string) =>
      `<!doctype html><html><head><title>A check</title><script type="application/ld+json">${JSON.stringify(review(url))}</script></head><body><p>Checked.</p></body></html>`;
    let served = "";
    const server = http.createServer((req, res) => {
      if (req.url === "/feed.json") {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ "@type": "DataFeed", dataFeedElement: [{ "@type": "DataFeedItem", item: review(served) }] }));
      } else if (req.url === "/check") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(page(served));
      } else {
        res.writeHead(200, { "content-type": "application/pdf" });
        res.end("%PDF");
      }
    });
    let port = 0;
    const saved = process.env.FACTDESK_ALLOW_PRIVATE_IMPORT;

    beforeAll(async () => {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));
    afterEach(() => {
      if (saved === undefined) delete process.env.FACTDESK_ALLOW_PRIVATE_IMPORT;
      else process.env.FACTDESK_ALLOW_PRIVATE_IMPORT = saved;
    });

    test("reads a DataFeed and a page's JSON-LD through the guarded fetcher", async () => {
      process.env.FACTDESK_ALLOW_PRIVATE_IMPORT = "1";
      const editor = await makeUser("editor");
      served = unique();
      expect(await importFactChecks(editor, { url: `http://127.0.0.1:${port}/feed.json` })).toMatchObject({ format: "json", imported: 1 });
      served = unique();
      expect(await importFactChecks(editor, { url: `http://127.0.0.1:${port}/check` })).toMatchObject({ format: "html", imported: 1 });
      expect(await archived(served)).toHaveLength(1);
      await expect(importFactChecks(editor, { url: `http://127.0.0.1:${port}/file.pdf` })).rejects.toThrow(/application\/pdf/);
    });

    test("a private address is refused unless allowed", async () => {
      delete process.env.FACTDESK_ALLOW_PRIVATE_IMPORT;
      const editor = await makeUser("editor");
      await expect(importFactChecks(editor, { url: `http://127.0.0.1:${port}/feed.json` })).rejects.toBeInstanceOf(ValidationError);
    });
  });

  describe("Factdesk to Factdesk, and pages with several reviews", () => {
    let publisher: Publisher;
    let slug = "";
    let page = "";

    beforeAll(async () => {
      publisher = await startPublisher();
      slug = await publishThreeClaims();
      page = `${publisher.site}/articles/${slug}`;
    });
    afterAll(() => publisher.close());

    /** The archive's rows of the publisher's reviews, by address; emptied first when asked. */
    async function fromPublisher() {
      const db = await getDb();
      return (await db.select().from(factChecks).where(like(factChecks.url, `${publisher.site}/%`))).map((row) => row.url).sort();
    }
    async function forgetPublisher() {
      const db = await getDb();
      await db.delete(factChecks).where(like(factChecks.url, `${publisher.site}/%`));
    }
    /** The three reviews' addresses: the page with each claim's anchor, in reading order. */
    const threeReviews = async () => (await publishedVersion(slug)).snapshot.claims.map((claim) => `${page}#${claimFragment(claim)}`).sort();

    /** The address of the review of the page's first claim. */
    const firstReview = async () => `${page}#${claimFragment((await publishedVersion(slug)).snapshot.claims.find((claim) => claim.start === 0)!)}`;

    test("a page with three reviews imports as three records, each keeping its #claim-N link; reading it again adds nothing", async () => {
      await forgetPublisher();
      const editor = await makeUser("editor");
      expect(await importFactChecks(editor, { url: page })).toMatchObject({ format: "html", imported: 3, skipped: [] });
      expect(await fromPublisher()).toEqual(await threeReviews());

      const again = await importFactChecks(editor, { url: page });
      expect(again.imported).toBe(0);
      expect(again.skipped.map((s) => [s.url, inEnglish(s.reason)]).sort()).toEqual((await threeReviews()).map((url) => [url, "Already in the archive."]));

      // The matcher's archive links to the review itself, not to the top of the page.
      const article = await makeArticle(editor, "Later");
      const sentence = SAMPLE_BODY.split("\n")[0]!;
      const claim = await createClaim(editor, { articleId: article.id, start: 0, end: sentence.length });
      const { matches } = await getClaimMatches(editor, { articleId: article.id });
      expect(matches[claim.id]!.filter((m) => m.origin === "imported").map((m) => m.url)).toContain(await firstReview());
    });

    test("the app's own /api/v1/claim-reviews answer imports, as a file and from its address (every page of it)", async () => {
      await forgetPublisher();
      const editor = await makeUser("editor");
      const file = await (await fetch(`${publisher.site}/api/v1/claim-reviews?perPage=100`)).text();
      const fromFile = await importFactChecks(editor, { text: file });
      expect(fromFile).toMatchObject({ format: "factdesk_api", imported: 3, skipped: [] });
      expect(await fromPublisher()).toEqual(await threeReviews());

      await forgetPublisher();
      publisher.requests.clear();
      // Two records a page: three reviews take two pages, both read.
      const fromUrl = await importFactChecks(editor, { url: `${publisher.site}/api/v1/claim-reviews?perPage=2` });
      expect(fromUrl).toMatchObject({ format: "factdesk_api", imported: 3, skipped: [] });
      expect([...publisher.requests.keys()]).toEqual(["/api/v1/claim-reviews?perPage=2", "/api/v1/claim-reviews?perPage=2&page=2"]);
      expect(await fromPublisher()).toEqual(await threeReviews());
      // Its fields mapped: the claim, the verdict's label as the rating, the newsroom as the publisher, the date.
      const [row] = await archived(`${page}#${claimFragment((await publishedVersion(slug)).snapshot.claims[1]!)}`);
      const version = await publishedVersion(slug);
      const published = version.snapshot.claims[1]!;
      expect(row).toMatchObject({
        claim: published.statement,
        rating: published.verdict.label,
        publisher: (await getOrganisation(editor)).name,
        publishedOn: version.publishedAt.toISOString().slice(0, 10),
      });
    });

    test("a Factdesk Atom feed imports the reviews of the pages it links to; a saved feed file says to use its address", async () => {
      await forgetPublisher();
      const editor = await makeUser("editor");
      const result = await importFactChecks(editor, { url: `${publisher.site}/feed.xml` });
      expect(result).toMatchObject({ format: "feed", imported: 3 });
      expect(await fromPublisher()).toEqual(await threeReviews());

      const feed = await (await fetch(`${publisher.site}/feed.xml`)).text();
      await expect(importFactChecks(editor, { text: feed })).rejects.toThrow(/news feed.*from its web address/);
    });

    test("a review imported before links kept their fragment counts as archived when its claim is the same", async () => {
      await forgetPublisher();
      const editor = await makeUser("editor");
      const db = await getDb();
      const [first] = SAMPLE_BODY.split("\n");
      await db.insert(factChecks).values({ url: page, claim: first!, publisher: "Factdesk Demo Newsroom", rating: "False" });
      const result = await importFactChecks(editor, { url: page });
      expect(result.imported).toBe(2);
      expect(result.skipped.map((s) => ({ ...s, reason: inEnglish(s.reason) }))).toEqual([{ record: 1, url: await firstReview(), reason: "Already in the archive." }]);
    });

    test("a Yoast-style page whose ClaimReview names its author by @id reference imports", async () => {
      const editor = await makeUser("editor");
      const site = publisher.site;
      const url = `${site}/yoast/${Math.random().toString(36).slice(2)}/`;
      const graph = {
        "@context": "https://schema.org",
        "@graph": [
          { "@type": "Organization", "@id": `${site}/#organization`, name: "Example Verify", url: `${site}/` },
          { "@type": "ClaimReview", url, claimReviewed: "Two drones were shot down over the Kremlin.", author: { "@id": `${site}/#organization` }, reviewRating: { "@type": "Rating", alternateName: "Unproven" } },
        ],
      };
      publisher.pages.set(new URL(url).pathname, { type: "text/html", body: `<html><head><script type="application/ld+json">${JSON.stringify(graph)}</script></head></html>` });
      expect(await importFactChecks(editor, { url })).toMatchObject({ imported: 1, skipped: [] });
      expect((await archived(url))[0]).toMatchObject({ publisher: "Example Verify", rating: "Unproven" });
    });
  });
});
