// The methods each path answers, for the server's 405 (server/refusals.ts), which names them in Allow. Next.js
// answers a method a route handler does not export with a bare 405, a method outside its list (TRACE) with a 500,
// and renders a page for any method at all; the server refuses them all first, the same way.
// Plain JavaScript so that the server reads it as it is. tests/unit/routeMethods.test.ts checks the table against
// the route files, so it cannot drift from what they export.

/**
 * Route handlers and files, by path (`:name` is one segment, `*` the rest): what their route file exports, with
 * HEAD (Next.js answers it with GET) and OPTIONS (Next.js's own answer, or the route's CORS preflight).
 * @type {ReadonlyArray<readonly [string, readonly string[]]>}
 */
export const ROUTE_METHODS = [
  ["/api/auth/*", ["GET", "HEAD", "OPTIONS", "POST"]],
  // Written by the server itself (server/liveEvents.ts), not a route file.
  ["/api/desk/events", ["GET"]],
  ["/api/desk/presence", ["OPTIONS", "POST"]],
  ["/api/health", ["GET", "HEAD", "OPTIONS"]],
  ["/api/oembed", ["GET", "HEAD", "OPTIONS"]],
  ["/api/operations/backup", ["GET", "HEAD", "OPTIONS"]],
  ["/api/v1/articles", ["GET", "HEAD", "OPTIONS"]],
  ["/api/v1/articles/:slug", ["GET", "HEAD", "OPTIONS"]],
  ["/api/v1/claim-reviews", ["GET", "HEAD", "OPTIONS"]],
  ["/api/v1/openapi.json", ["GET", "HEAD", "OPTIONS"]],
  ["/admin/audit/export", ["GET", "HEAD", "OPTIONS"]],
  ["/mail/unsubscribe", ["GET", "HEAD", "OPTIONS", "POST"]],
  ["/feed.xml", ["GET", "HEAD", "OPTIONS"]],
  ["/sitemap.xml", ["GET", "HEAD", "OPTIONS"]],
  ["/robots.txt", ["GET", "HEAD", "OPTIONS"]],
  // Files: the app's icon and Next.js's own scripts and styles.
  ["/icon.svg", ["GET", "HEAD"]],
  ["/_next/*", ["GET", "HEAD"]],
];

/** Pages: read, and POST for their server actions. */
export const PAGE_METHODS = ["GET", "HEAD", "POST"];

/** The methods `pathname` answers: a route handler's or file's from ROUTE_METHODS, else a page's. */
export function allowedMethods(pathname) {
  const segments = pathname.replace(/(.)\/$/, "$1").split("/");
  const route = ROUTE_METHODS.find(([pattern]) => matches(pattern.split("/"), segments));
  return route ? route[1] : PAGE_METHODS;
}

function matches(pattern, segments) {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === "*") return segments.length > i && segments.slice(i).every(Boolean);
    if (i >= segments.length) return false;
    if (pattern[i].startsWith(":") ? !segments[i] : pattern[i] !== segments[i]) return false;
  }
  return pattern.length === segments.length;
}
