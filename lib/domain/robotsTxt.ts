// robots.txt (RFC 9309): crawlers may read readers' pages, the feed and the public API, never staff pages.

/** Paths only staff use (sign-in, set-password links, the desk, administration, Auth.js). */
export const STAFF_PATHS = ["/desk", "/admin", "/login", "/set-password", "/api/auth"] as const;

/**
 * The robots.txt text. Its disallows come before `Allow: /`: RFC 9309 parsers take the longest match, whatever the
 * order, but older ones (Python's urllib.robotparser among them) take the first, and would read `Allow: /` first as
 * "everything". It names the sitemap, absolute as the protocol asks.
 */
export function robotsTxt(siteUrl: string): string {
  return [
    "# Readers' pages, the feed and the public API may be indexed; staff pages may not.",
    "User-agent: *",
    ...STAFF_PATHS.map((path) => `Disallow: ${path}`),
    "Allow: /",
    "",
    `Sitemap: ${new URL("/sitemap.xml", siteUrl).toString()}`,
    "",
  ].join("\n");
}
