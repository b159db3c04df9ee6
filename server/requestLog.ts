import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";

/**
 * One line per request: id, method, route, status, duration. The route is the path without its query and with
 * token-like segments masked, so a link carrying a secret (a set-password link) never reaches the log.
 */
export function logRequest(log: Logger, req: IncomingMessage, res: ServerResponse, requestId: string, started: number): void {
  const status = res.writableFinished ? res.statusCode : 499; // 499: the client went away before the answer
  const cache = res.getHeader("X-Factdesk-Cache");
  const line = {
    requestId,
    method: req.method,
    route: routeOf(req.url),
    status,
    ms: Math.round((performance.now() - started) * 10) / 10,
    ...(cache ? { cache } : {}),
    ...(req.headers["next-action"] ? { action: true } : {}),
    // A client-side navigation, refresh or prefetch (React Server Components payload), not a document.
    ...(req.headers["rsc"] ? { rsc: req.headers["next-router-prefetch"] ? "prefetch" : true } : {}),
  };
  if (status >= 500) log.error(line, "request");
  else log.info(line, "request");
}

/** Paths whose next segment is a secret, whatever it looks like. */
const SECRET_AFTER = new Set(["set-password"]);

/**
 * The path of `url`, token-like segments shown as `:token`. A set-password link's token is masked by its place, not
 * its looks: about one token in 1,500 has no digit (43 base64url characters), and would pass for a word.
 */
export function routeOf(url: string | undefined): string {
  const pathname = new URL(url ?? "/", "http://factdesk.invalid").pathname;
  const segments = pathname.split("/");
  return segments
    .map((segment, i) => (looksLikeToken(segment) || (i > 0 && SECRET_AFTER.has(segments[i - 1]!) && segment) ? ":token" : segment))
    .join("/");
}

/** Random-looking: long, mixed case and digits (base64url), or long hex. Slugs (lower case) and ids (uuids) stay. */
function looksLikeToken(segment: string): boolean {
  if (segment.length < 20 || !/^[A-Za-z0-9_-]+$/.test(segment)) return false;
  return (/[A-Z]/.test(segment) && /[a-z]/.test(segment) && /\d/.test(segment)) || /^[0-9a-f]{32,}$/i.test(segment);
}
