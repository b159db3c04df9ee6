import { describe, expect, test } from "vitest";
import { AnswerCache, bodyFor, cacheKey, clientHasIt, etagOf, keptHeaders, mayKeep, offsetsOf, type CachedAnswer } from "@/lib/web/publicCache";

const answer = (body: string, generation = 1, nonce: string | null = null): CachedAnswer => ({
  status: 200,
  headers: { "content-type": "text/html; charset=utf-8" },
  body: Buffer.from(body),
  generation,
  nonce,
  etag: null,
});

describe("which requests may be answered from the cache", () => {
  const get = (headers: Record<string, string> = {}, method = "GET") => cacheKey({ method, url: "/articles/a?x=1", headers: { host: "news.example", ...headers } });
  test("a signed-out reader's GET or HEAD, keyed by its site, path and query", () => {
    expect(get()).toBe("|news.example|/articles/a?x=1");
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
  test("a page's nonce is replaced by the new answer's own, everywhere it appears", () => {
    const kept = answer(`<script nonce="OLDNONCE">a</script><link nonce="OLDNONCE">`, 1, "OLDNONCE");
    expect(bodyFor(kept, "NEWNONCE").toString()).toBe(`<script nonce="NEWNONCE">a</script><link nonce="NEWNONCE">`);
  });
  test("If-None-Match with the kept tag (or *) means the client has it", () => {
    const etag = etagOf(Buffer.from("{}"));
    expect(etag).toBe(etagOf(Buffer.from("{}")));
    expect(etag).not.toBe(etagOf(Buffer.from("{ }")));
    expect(clientHasIt(`"other", ${etag}`, etag)).toBe(true);
    expect(clientHasIt(`W/${etag}`, etag)).toBe(true);
    expect(clientHasIt("*", etag)).toBe(true);
    expect(clientHasIt(`"other"`, etag)).toBe(false);
    expect(clientHasIt(undefined, etag)).toBe(false);
    expect(clientHasIt("*", null)).toBe(false);
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

describe("a page's nonce in a kept body", () => {
  test("is found everywhere, and written over in place, multi-byte text around it intact", () => {
    const old = "AAAAAAAAAAAAAAAAAAAAAA==";
    const fresh = "Zm9vYmFyYmF6cXV4MTIzNA==";
    const body = Buffer.from(`<p>Кремль “quote”</p><script nonce="${old}">x</script>{"nonce":"${old}"}`);
    const kept = { ...answer("", 1, old), body, nonceOffsets: offsetsOf(body, old) };
    expect(kept.nonceOffsets).toHaveLength(2);
    const sent = bodyFor(kept, fresh).toString();
    expect(sent).toBe(`<p>Кремль “quote”</p><script nonce="${fresh}">x</script>{"nonce":"${fresh}"}`);
    // The kept body itself is untouched.
    expect(kept.body.toString()).toContain(old);
  });
});
