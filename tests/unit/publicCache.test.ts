import { describe, expect, test } from "vitest";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { strongEtag } from "@/lib/web/etag";
import {
  acceptsGzip,
  AnswerCache,
  preferredCoding,
  cacheKey,
  inlineScriptHashes,
  keptAnswer,
  keptHeaders,
  mayKeep,
  readerUrl,
  representationOf,
  sharedCacheControl,
  type CachedAnswer,
} from "@/lib/web/publicCache";
import { createHash } from "node:crypto";

const answer = (body: string, generation = 1): CachedAnswer => keptAnswer(200, { "content-type": "text/html; charset=utf-8" }, Buffer.from(body), generation);

describe("which requests may be answered from the cache", () => {
  const get = (headers: Record<string, string> = {}, method = "GET") => cacheKey({ method, url: "/corrections?page=2", headers: { host: "news.example", ...headers } });
  test("a signed-out reader's GET or HEAD, keyed by its site, path and query", () => {
    expect(get()).toBe("|news.example|/corrections?page=2");
    expect(get({}, "HEAD")).toBe(get());
    expect(get({ cookie: "theme=dark; other=1" })).toBe(get());
    // Another Host (or a proxy's forwarded host or scheme) never shares an answer with this one.
    expect(get({ host: "evil.example" })).not.toBe(get());
    expect(get({ "x-forwarded-host": "evil.example" })).not.toBe(get());
    expect(get({ "x-forwarded-proto": "https" })).not.toBe(get());
  });
  test("never a change, the app's own navigations and actions, or anyone signed in", () => {
    expect(get({}, "POST")).toBeNull();
    expect(get({ rsc: "1" })).toBeNull();
    expect(get({ "next-action": "abc" })).toBeNull();
    expect(get({ cookie: "a=1; authjs.session-token=xyz" })).toBeNull();
    expect(get({ cookie: "__Secure-authjs.session-token.0=xyz" })).toBeNull();
  });
});

describe("query parameters in cache keys", () => {
  test("parameters no answer reads are not part of the key, so they cannot force a fresh render", () => {
    expect(readerUrl("/articles/a?utm_source=x&fbclid=1")).toBe("/articles/a");
    expect(readerUrl("/search?zz=1&q=vaccines&verdict=False")).toBe("/search?q=vaccines&verdict=False");
    // Only the parameters that path's answer reads: a search query on an article page is just another random one.
    expect(readerUrl("/articles/a?q=x&page=2&from=1")).toBe("/articles/a");
    expect(readerUrl("/api/v1/claim-reviews?until=2026-01-01&perPage=5&x=1")).toBe("/api/v1/claim-reviews?perPage=5&until=2026-01-01");
    expect(cacheKey({ method: "GET", url: "/?x=1", headers: { host: "h" } })).toBe(cacheKey({ method: "GET", url: "/", headers: { host: "h" } }));
  });
  test("the parameters answers read keep their values, sorted by name, so their order makes no second entry", () => {
    expect(readerUrl("/articles/a/versions/compare?to=3&from=1")).toBe(readerUrl("/articles/a/versions/compare?from=1&to=3"));
    expect(readerUrl("/articles/a/versions/compare?to=3&from=1")).toBe("/articles/a/versions/compare?from=1&to=3");
    expect(readerUrl("/?page=2")).not.toBe(readerUrl("/?page=3"));
    expect(readerUrl("/plain")).toBe("/plain");
  });
});

describe("what shared caches are told", () => {
  test("long at the edge only when changes purge it; always short in browsers", () => {
    expect(sharedCacheControl(true)).toMatch(/^public, max-age=60, s-maxage=86400, stale-while-revalidate=\d+, stale-if-error=\d+$/);
    expect(sharedCacheControl(false)).toContain("s-maxage=60,");
  });
});

describe("which answers are kept", () => {
  const base = { cacheable: true, status: 200, headers: { "content-type": "text/html" }, size: 1000 };
  test("only answers that asked for it, with a public status, no cookie, not too large", () => {
    expect(mayKeep(base)).toBe(true);
    expect(mayKeep({ ...base, status: 410 })).toBe(true);
    expect(mayKeep({ ...base, cacheable: false })).toBe(false);
    expect(mayKeep({ ...base, status: 500 })).toBe(false);
    expect(mayKeep({ ...base, status: 503 })).toBe(false);
    expect(mayKeep({ ...base, headers: { "set-cookie": "a=1" } })).toBe(false);
    expect(mayKeep({ ...base, size: 10 * 1024 * 1024 })).toBe(false);
  });
  test("headers set afresh for each answer are not kept", () => {
    expect(keptHeaders({ "Content-Type": "text/html", "Content-Security-Policy": "x", "Set-Cookie": ["a"], Date: "d", Vary: "rsc" })).toEqual({
      "content-type": "text/html",
      vary: "rsc",
    });
  });
});

describe("serving a kept answer", () => {
  test("a page's inline scripts are named by hash for its policy; scripts with a src and data blocks are files or inert", () => {
    const html = `<script nonce="n">self.__next_f.push([1])</script><script src="/_next/a.js" nonce="n"></script><script nonce="n">x()</script><script nonce="n">x()</script>`;
    const sha = (text: string) => createHash("sha256").update(text).digest("base64");
    expect(inlineScriptHashes(html)).toEqual([sha("self.__next_f.push([1])"), sha("x()")]);
    // A kept page goes without the framework's scripts (readingPathHtml.test.ts): its own are left to name.
    expect(answer(html).scriptHashes).toEqual([sha("x()")]);
    // Data answers have no scripts to name.
    expect(keptAnswer(200, { "content-type": "application/json" }, Buffer.from("{}"), 1).scriptHashes).toBeNull();
  });
  test("a body worth compressing is gzipped once; a route's own ETag is kept, else one is made", () => {
    const page = answer("<p>Кремль</p>".repeat(500));
    expect(gunzipSync(page.gzipped!).equals(page.body)).toBe(true);
    expect(answer("<p>short</p>").gzipped).toBeNull();
    expect(page.etag).toBe(strongEtag(page.body));
    expect(keptAnswer(200, { "content-type": "application/json", etag: '"mine"' }, Buffer.from("{}"), 1).etag).toBe('"mine"');
  });
  test("brotli is kept too and preferred when the client takes it, with an ETag of its own", () => {
    const page = answer(`<p>${"words ".repeat(500)}</p>`);
    expect(brotliDecompressSync(page.brotli!).equals(page.body)).toBe(true);
    const br = representationOf(page, "gzip, deflate, br");
    expect(br).toMatchObject({ coding: "br", etag: expect.stringMatching(/-br"$/) });
    expect(br.body.equals(page.brotli!)).toBe(true);
    expect(new Set([br.etag, representationOf(page, "gzip").etag, representationOf(page, undefined).etag]).size).toBe(3);
    // The client's weights decide; brotli wins a tie.
    expect(representationOf(page, "br;q=0.5, gzip").coding).toBe("gzip");
    expect(representationOf(page, "br;q=0, gzip;q=0").coding).toBeNull();
    expect(preferredCoding("*", ["br", "gzip"])).toBe("br");
    expect(preferredCoding("identity", ["br", "gzip"])).toBeNull();
  });

  test("the gzipped and the plain body have an ETag each (one strong validator names one sequence of bytes)", () => {
    const page = answer("<p>Кремль</p>".repeat(500));
    const plain = representationOf(page, undefined);
    const gzipped = representationOf(page, "gzip");
    expect(plain).toMatchObject({ gzip: false, etag: page.etag });
    expect(plain.body.equals(page.body)).toBe(true);
    expect(gzipped.gzip).toBe(true);
    expect(gzipped.body.equals(page.gzipped!)).toBe(true);
    expect(gzipped.etag).not.toBe(plain.etag);
    expect(gzipped.etag).toMatch(/^"[^"]+-gzip"$/);
    expect(representationOf(keptAnswer(200, { etag: 'W/"mine"' }, Buffer.from("x".repeat(4000)), 1), "gzip").etag).toBe('W/"mine-gzip"');
    // Nothing worth compressing: the plain body, whatever the client takes.
    expect(representationOf(answer("<p>short</p>"), "gzip")).toMatchObject({ gzip: false, etag: strongEtag("<p>short</p>") });
  });
  test("gzip only for clients that accept it", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1, gzip;q=0.5")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("br")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe("AnswerCache", () => {
  test("an answer is served only under the generation it was rendered in", () => {
    const cache = new AnswerCache(1000);
    cache.set("/a", answer("v1", 7));
    expect(cache.get("/a", 7)?.body.toString()).toBe("v1");
    expect(cache.get("/a", 8)).toBeUndefined();
    // Dropped once stale, even for the old generation.
    expect(cache.get("/a", 7)).toBeUndefined();
    expect(cache.get("/a", null)).toBeUndefined();
  });
  test("keeps at most its size in bytes, dropping the least recently used first", () => {
    const cache = new AnswerCache(10);
    cache.set("/a", answer("aaaa"));
    cache.set("/b", answer("bbbb"));
    cache.get("/a", 1);
    cache.set("/c", answer("cccc"));
    expect(cache.get("/b", 1)).toBeUndefined();
    expect(cache.get("/a", 1)).toBeDefined();
    expect(cache.get("/c", 1)).toBeDefined();
    cache.set("/huge", answer("x".repeat(11)));
    expect(cache.get("/huge", 1)).toBeUndefined();
    expect(cache.size).toBe(2);
  });
});
