import http from "node:http";
import type { AddressInfo } from "node:net";
import { count, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, factChecks } from "@/db/schema";
import { ForbiddenError, ValidationError } from "@/lib/core/errors";
import { importFactChecks } from "@/lib/services/archive/importFactChecks";
import { makeUser } from "./factories";

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
      JSON.stringify(review(first)),
      "{ broken",
      JSON.stringify(review(known)),
      JSON.stringify(review(second, { reviewRating: { alternateName: "False" } })),
      JSON.stringify(review(unique(), { claimReviewed: "" })),
    ];
    const result = await importFactChecks(editor, { text: lines.join("\n") });

    expect(result.format).toBe("jsonl");
    expect(result.imported).toBe(2);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      "The same address appears earlier in this file.",
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
});
