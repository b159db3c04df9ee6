import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { describe, expect, test } from "vitest";
import type { RequestState } from "@/lib/core/requestState";
import { ownHeaders } from "../../server/ownHeaders";
import { shareWhenPublic } from "../../server/sharedCaching";

// Which answers shared caches (Varnish, a CDN) may keep, decided as the head is written (server/sharedCaching.ts).

function answer({ cookie, contentType = "application/json", cacheable = true, status = 200, setCookie = false, rsc = false } = {} as {
  cookie?: string;
  contentType?: string;
  cacheable?: boolean;
  status?: number;
  setCookie?: boolean;
  rsc?: boolean;
}) {
  const req = new IncomingMessage(new Socket());
  req.method = "GET";
  req.url = "/api/v1/articles/a";
  if (cookie) req.headers.cookie = cookie;
  if (rsc) req.headers.rsc = "1";
  const res = new ServerResponse(req);
  res.setHeader("Content-Type", contentType);
  res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
  res.setHeader("Content-Security-Policy", "script-src 'self' 'nonce-abc' 'strict-dynamic'");
  if (setCookie) res.setHeader("Set-Cookie", "a=1");
  const state: RequestState = { id: "r", databaseUnavailable: false, cacheable, surrogateKeys: new Set(["article:a", "claim:1"]) };
  shareWhenPublic(req, res, state, status, true, ownHeaders("page", false, false));
  return res;
}

describe("what shared caches may keep", () => {
  test("a public answer to a signed-out reader, with the keys of what it shows (the organisation always)", () => {
    const res = answer();
    expect(res.getHeader("cache-control")).toMatch(/^public, max-age=60, s-maxage=86400, /);
    expect(res.getHeader("surrogate-key")).toBe("org article:a claim:1");
    // Not a page: its policy is the server's own, without this request's nonce.
    expect(res.getHeader("content-security-policy")).not.toContain("nonce-");
  });

  test("the same answer asked with a session, or by the app's own navigation, is private", () => {
    for (const res of [answer({ cookie: "x=1; __Secure-authjs.session-token=abc" }), answer({ rsc: true })]) {
      expect(res.getHeader("cache-control")).toBe("private, no-store");
      expect(res.hasHeader("surrogate-key")).toBe(false);
    }
  });

  test("never a page rendered now (its nonce), an answer with a cookie or another status, or one not marked cacheable", () => {
    for (const res of [answer({ contentType: "text/html; charset=utf-8" }), answer({ setCookie: true }), answer({ status: 500 }), answer({ cacheable: false })]) {
      expect(res.getHeader("cache-control")).toMatch(/^private/);
      expect(res.hasHeader("surrogate-key")).toBe(false);
    }
    expect(answer({ contentType: "text/html; charset=utf-8" }).getHeader("content-security-policy")).toContain("'nonce-abc'");
  });
});
