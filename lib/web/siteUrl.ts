import { publicOrigin } from "@/lib/config";

/**
 * The site's public address (origin, no trailing slash) for absolute links in JSON-LD, the feed, the API and embeds:
 * AUTH_URL when set, else http://localhost:PORT. Never the request's Host header: these answers are cached and
 * served to every reader (cacheForReaders), so a forged Host would otherwise end up in other readers' pages.
 */
export function siteUrl(): string {
  return publicOrigin();
}
