import { API_BODY_BYTES, FORM_BODY_BYTES, SIGN_IN_BODY_BYTES } from "../domain/limits";

// The security headers of every response, in one place. proxy.ts sets them on every answer Next.js gives; the
// server (server/ownHeaders.ts) on the answers it writes itself (its refusals, pages served again from its cache).
// Pages get a Content-Security-Policy with a fresh nonce per request: Next.js reads the nonce from the request's
// policy and puts it on every script it renders, so no script runs without it. Every page renders per request
// (the root layout asks for the request's headers), which is what per-request nonces require.

// Embed pages (/embed/...) are the one kind other sites may frame: they drop X-Frame-Options and allow any frame
// ancestor; every other page and route keeps `frame-ancestors 'none'` and X-Frame-Options: DENY.

export type ResponseKind = "page" | "embed" | "api";

export type SecurityHeaderOptions = {
  kind: ResponseKind;
  /** A fresh random value per request, for a page Next.js renders now. */
  nonce?: string;
  /**
   * An answer written whole instead (a page served again from the cache, the server's own refusal) names its inline
   * scripts by SHA-256 (base64): none for an answer without any. Without a nonce, this is what the policy says.
   */
  scriptHashes?: string[];
  /** The request came over https (directly or through a proxy that says so): send HSTS. */
  https: boolean;
  /** Development server: React needs eval for its error overlays. */
  dev: boolean;
};

export const BASE_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/**
 * The Content-Security-Policy of a page or an API response. A page served again from the cache names its inline
 * scripts by hash (`scriptHashes`) instead of by nonce: its bytes never change, so it can be compressed once and
 * revalidated with an ETag (lib/web/publicCache.ts); its other scripts are the app's own files ('self').
 */
export function contentSecurityPolicy({ kind, nonce, https, dev, scriptHashes }: Omit<SecurityHeaderOptions, "https"> & { https?: boolean }): string {
  if (kind === "api") return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  const directives = [
    "default-src 'self'",
    scriptHashes || !nonce
      ? `script-src 'self'${(scriptHashes ?? []).map((hash) => ` 'sha256-${hash}'`).join("")}${dev ? " 'unsafe-eval'" : ""}`
      : `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (verdict colours) are not scripts; the nonce guards what can run.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    kind === "embed" ? "frame-ancestors *" : "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Every security header for one response. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = { ...BASE_HEADERS, "Content-Security-Policy": contentSecurityPolicy(options) };
  if (options.kind === "embed") delete headers["X-Frame-Options"];
  if (options.https) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}

/**
 * The request header the server (server/forwardedHeaders.ts) sets when the client's request came over https, which
 * only the socket and a trusted proxy's X-Forwarded-Proto tell; it removes any a client sends.
 */
export const HTTPS_REQUEST_HEADER = "x-factdesk-https";

/** Which policy a path gets: route handlers under /api answer data, /embed/ pages may be framed, the rest are pages. */
export function responseKind(pathname: string): ResponseKind {
  if (pathname === "/api" || pathname.startsWith("/api/")) return "api";
  if (pathname.startsWith("/embed/")) return "embed";
  return "page";
}

/**
 * Body size limits (bytes) by path, from lib/domain/bodyLimits.mjs: sign-in forms are tiny, API bodies small, page
 * forms carry whole articles.
 */
export function bodyLimit(pathname: string): number {
  if (pathname.startsWith("/api/auth/")) return SIGN_IN_BODY_BYTES;
  if (responseKind(pathname) === "api") return API_BODY_BYTES;
  return FORM_BODY_BYTES;
}
