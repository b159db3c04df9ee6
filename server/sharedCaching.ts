import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestState } from "../lib/core/requestState";
import { keysHeader, ORGANISATION_KEY } from "../lib/domain/surrogateKeys";
import type { OwnHeaders } from "./ownHeaders";
import { PRIVATE_CACHE_CONTROL, sharedCacheControl, sharedStatus, signedIn } from "../lib/web/publicCache";

// What shared caches (Varnish, a CDN) may keep, decided when an answer's head is written (docs/deploy.md). An answer
// that marked itself cacheable (cacheForReaders) goes out with a shared Cache-Control and a Surrogate-Key naming what
// it shows, when it is the same for every reader:
// - never to a signed-in visitor, nor for the app's own navigations: those say `private, no-store`;
// - never with a cookie, nor with a status that is not a page's public one;
// - never a page rendered now: its policy carries this request's CSP nonce, and a cache replaying it to every reader
//   would hand each of them a nonce an attacker could read and reuse in an injected script. Pages go to shared
//   caches only as the reader cache serves them again (server/readerCache.ts), with a policy naming their inline
//   scripts by hash, the same for everyone. So an edge fetches a page twice per change: once rendered (kept by this
//   server), once from this server's cache (kept by the edge).

/** The header a shared cache reads the keys from (Varnish's VCL copies it to xkey; Fastly reads it as it is). */
export const SURROGATE_KEY_HEADER = "Surrogate-Key";

/**
 * Sets the caching headers of `req`'s answer as its head is written with `status` (see above). A shared answer that
 * is not a page (the feed, a share image, the sitemap) runs no script, so it goes out with the server's own policy
 * (`ownHeaders`, no nonce): the nonce proxy.ts put in its policy is this request's and is not replayed.
 */
export function shareWhenPublic(req: IncomingMessage, res: ServerResponse, state: RequestState, status: number, purged: boolean, ownHeaders: OwnHeaders): void {
  if (!state.cacheable) return;
  if (signedIn(req.headers.cookie) || privateRequest(req)) {
    res.setHeader("Cache-Control", PRIVATE_CACHE_CONTROL);
    return;
  }
  if (!sharedStatus(status) || res.hasHeader("set-cookie") || String(res.getHeader("content-type") ?? "").startsWith("text/html")) return;
  if (res.hasHeader("content-security-policy")) res.setHeader("Content-Security-Policy", ownHeaders()["Content-Security-Policy"]!);
  res.setHeader("Cache-Control", sharedCacheControl(purged));
  res.setHeader(SURROGATE_KEY_HEADER, surrogateKeys(state.surrogateKeys ?? []));
}

/** The Surrogate-Key of an answer that shows `keys`: every answer also shows the organisation (its name, as publisher). */
export function surrogateKeys(keys: Iterable<string>): string {
  return keysHeader([ORGANISATION_KEY, ...keys]);
}

/** The app's own requests (navigations, prefetches, actions): their payload depends on the client's router state. */
function privateRequest(req: IncomingMessage): boolean {
  const h = req.headers;
  return Boolean(h["rsc"] || h["next-action"] || h["next-router-state-tree"] || h["next-router-prefetch"]) || (req.method !== "GET" && req.method !== "HEAD");
}
