import { describe, expect, test } from "vitest";
import { parseEmbeddableUrl } from "@/lib/domain/embedUrls";
import { shorten, verdictSummary } from "@/lib/domain/shareText";
import { etagMatches, publicJson, strongEtag } from "@/lib/web/publicApi";
import { contentSecurityPolicy, responseKind, securityHeaders } from "@/lib/web/securityHeaders";

describe("ETags of the public API", () => {
  test("a strong ETag is the same for the same body and differs for any other", () => {
    expect(strongEtag('{"a":1}')).toBe(strongEtag('{"a":1}'));
    expect(strongEtag('{"a":1}')).not.toBe(strongEtag('{"a":2}'));
    expect(strongEtag("x")).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
  });

  test("If-None-Match matches the current tag (in a list, weak or *), nothing else", () => {
    const tag = strongEtag("body");
    expect(etagMatches(tag, tag)).toBe(true);
    expect(etagMatches(`"other", W/${tag}`, tag)).toBe(true);
    expect(etagMatches("*", tag)).toBe(true);
    expect(etagMatches('"other"', tag)).toBe(false);
    expect(etagMatches(null, tag)).toBe(false);
  });

  test("an answer carries CORS, cache and ETag headers, and a client holding it gets 304 with no body", async () => {
    const first = publicJson(new Request("http://x.test/api/v1/articles"), { a: "é" });
    expect(first.status).toBe(200);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("cache-control")).toBe("public, max-age=60");
    const etag = first.headers.get("etag")!;
    const again = publicJson(new Request("http://x.test/api/v1/articles", { headers: { "if-none-match": etag } }), { a: "é" });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const changed = publicJson(new Request("http://x.test/api/v1/articles", { headers: { "if-none-match": etag } }), { a: "e" });
    expect(changed.status).toBe(200);
  });
});

describe("embeds may be framed; nothing else may", () => {
  test("only /embed/ pages drop X-Frame-Options and allow any frame ancestor", () => {
    expect(responseKind("/embed/claims/x")).toBe("embed");
    expect(responseKind("/embedded")).toBe("page");
    expect(responseKind("/api/oembed")).toBe("api");
    const embed = securityHeaders({ kind: "embed", nonce: "n", https: false, dev: false });
    expect(embed["X-Frame-Options"]).toBeUndefined();
    expect(embed["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(embed["Content-Security-Policy"]).toContain("'nonce-n'");
    for (const kind of ["page", "api"] as const) {
      const headers = securityHeaders({ kind, nonce: "n", https: false, dev: false });
      expect(headers["X-Frame-Options"]).toBe("DENY");
      expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    }
    expect(contentSecurityPolicy({ kind: "page", nonce: "n", dev: false })).not.toContain("frame-ancestors *");
  });
});

describe("oEmbed addresses", () => {
  const SITE = "https://f.example";
  const ID = "0b6f1d0e-3c1a-4d2b-9e8f-1a2b3c4d5e6f";
  test("a claim's embed page or its place on the reader page, or a whole fact-check, on this site only", () => {
    expect(parseEmbeddableUrl(`${SITE}/embed/claims/${ID}`, SITE)).toEqual({ kind: "embed", claimId: ID });
    expect(parseEmbeddableUrl(`${SITE}/articles/crime-figures#claim-3`, SITE)).toEqual({ kind: "articleClaim", slug: "crime-figures", fragment: "claim-3" });
    expect(parseEmbeddableUrl(`https://evil.example/embed/claims/${ID}`, SITE)).toBeNull();
    expect(parseEmbeddableUrl(`${SITE}/articles/crime-figures#claim-1a2b3c4d`, SITE)).toEqual({ kind: "articleClaim", slug: "crime-figures", fragment: "claim-1a2b3c4d" });
    expect(parseEmbeddableUrl(`${SITE}/articles/crime-figures`, SITE)).toEqual({ kind: "article", slug: "crime-figures" });
    expect(parseEmbeddableUrl(`${SITE}/embed/articles/crime-figures`, SITE)).toEqual({ kind: "article", slug: "crime-figures" });
    expect(parseEmbeddableUrl(`${SITE}/articles/crime-figures/versions`, SITE)).toBeNull();
    expect(parseEmbeddableUrl(`${SITE}/embed/claims/not-a-uuid`, SITE)).toBeNull();
    expect(parseEmbeddableUrl("not a url", SITE)).toBeNull();
  });
});

describe("share texts", () => {
  test("verdict counts, most frequent first; a word-boundary cut", () => {
    expect(verdictSummary(["True", "False", "False"])).toBe("2 False, 1 True");
    expect(shorten("one two three four five", 12)).toBe("one two…");
  });
});
