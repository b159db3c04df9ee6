import type { IncomingMessage } from "node:http";
import { NextRequest } from "next/server";
import { describe, expect, test } from "vitest";
import { compileTrustedProxies } from "@/lib/web/clientAddress";
import { proxy } from "@/proxy";
import { settleForwardedHeaders } from "@/server/forwardedHeaders";

// The security headers are proxy.ts's; only the server knows whether a request came over https (from its socket and
// the proxies it trusts), and tells proxy.ts in a header of its own that no client can set.

function proxied(path: string, headers: Record<string, string> = {}) {
  return proxy(new NextRequest(`http://factdesk.test${path}`, { headers }));
}

/** The policy Next.js reads its nonce from: the request header proxy.ts hands on (Next.js's own encoding of it). */
const forwardedPolicy = (response: Response) => response.headers.get("x-middleware-request-content-security-policy");

describe("proxy.ts", () => {
  test("a page's policy carries a fresh nonce, handed on to Next.js with the request", () => {
    const first = proxied("/articles/a");
    const policy = first.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(forwardedPolicy(first)).toBe(policy);
    expect(first.headers.get("x-frame-options")).toBe("DENY");
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(proxied("/articles/a").headers.get("content-security-policy")).not.toContain(nonce);
  });

  test("HSTS and upgrade-insecure-requests only when the server says the request came over https", () => {
    const plain = proxied("/", { "x-forwarded-proto": "https" });
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    expect(plain.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
    const https = proxied("/", { "x-factdesk-https": "1" });
    expect(https.headers.get("strict-transport-security")).toContain("max-age=");
    expect(https.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  test("route handlers get the API's policy; embeds may be framed", () => {
    const api = proxied("/api/v1/articles");
    expect(api.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(forwardedPolicy(api)).toBeNull();
    const embed = proxied("/embed/claims/x");
    expect(embed.headers.get("x-frame-options")).toBeNull();
    expect(embed.headers.get("content-security-policy")).toContain("frame-ancestors *");
  });

  test("a staff page without a session cookie goes to sign-in, with the security headers", () => {
    const redirect = proxied("/desk/articles/1?tab=claims");
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("location")).toBe("http://factdesk.test/login?next=%2Fdesk%2Farticles%2F1%3Ftab%3Dclaims");
    expect(redirect.headers.get("x-frame-options")).toBe("DENY");
    const signedIn = proxied("/desk", { cookie: "authjs.session-token=x" });
    expect(signedIn.headers.get("location")).toBeNull();
    expect(signedIn.headers.get("x-middleware-request-x-factdesk-path")).toBe("/desk");
  });
});

describe("the server's forwarded headers", () => {
  function request(peer: string, headers: Record<string, string>) {
    return { headers: { ...headers }, socket: { remoteAddress: peer } } as unknown as IncomingMessage;
  }
  const trusted = compileTrustedProxies(["10.0.0.1"]);

  test("a client's own x-factdesk- headers and X-Forwarded-Proto count for nothing", () => {
    const req = request("203.0.113.9", { "x-factdesk-https": "1", "x-forwarded-proto": "https", "x-factdesk-client-address": "1.2.3.4" });
    expect(settleForwardedHeaders(req, trusted, undefined)).toBe(false);
    expect(req.headers["x-factdesk-https"]).toBeUndefined();
    expect(req.headers["x-forwarded-proto"]).toBeUndefined();
    expect(req.headers["x-factdesk-client-address"]).toBe("203.0.113.9");
  });

  test("a trusted proxy's X-Forwarded-Proto, or an https AUTH_URL, tells proxy.ts the request came over https", () => {
    const req = request("10.0.0.1", { "x-forwarded-proto": "https", "x-forwarded-for": "198.51.100.7" });
    expect(settleForwardedHeaders(req, trusted, undefined)).toBe(true);
    expect(req.headers["x-factdesk-https"]).toBe("1");
    expect(req.headers["x-factdesk-client-address"]).toBe("198.51.100.7");
    const behindTls = request("203.0.113.9", {});
    expect(settleForwardedHeaders(behindTls, trusted, "https://factcheck.example.org")).toBe(true);
    expect(behindTls.headers["x-factdesk-https"]).toBe("1");
  });
});
