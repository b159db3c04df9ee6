// The names shared caches (Varnish, a CDN) file public answers under, so that a change purges exactly the answers
// that show it (docs/deploy.md). An answer names everything it shows; a change names everything it touched. Keys
// are sent space-separated (Surrogate-Key, Varnish's xkey), so none contains a space: slugs and ids never do.

/** Every answer readers get names the organisation (its name heads every page, the feed and the API's documents)… */
export const ORGANISATION_KEY = "org";
/**
 * The rating scale as it is now: the about and search pages. A published claim keeps the verdict label and colour it
 * was published with (its snapshot), so a change of the scale does not touch what published answers show.
 */
export const SCALE_KEY = "scale";
/** The lists of fact-checks: home, search, sitemap, the API's lists. Any publication or retraction changes them. */
export const HOME_KEY = "home";
/** What follows publications in time: the feed and the corrections page. */
export const FEED_KEY = "feed";

/** Every answer about one article: its pages, versions, comparisons, embed, share image, API document, a 404 of its slug. */
export function articleKey(slug: string): string {
  return `article:${slug}`;
}

/** Every answer that shows one claim (its embed, its oEmbed, the pages of its article). */
export function claimKey(claimId: string): string {
  return `claim:${claimId}`;
}

/** What a publication, correction or retraction of an article changes: the article, each claim it shows or showed, the lists. */
export function publicationKeys(slug: string, claimIds: Iterable<string>): string[] {
  return [articleKey(slug), ...new Set([...claimIds].map(claimKey)), HOME_KEY, FEED_KEY];
}

/** Keys as one header value, without duplicates or anything that is not a key. */
export function keysHeader(keys: Iterable<string>): string {
  return [...new Set([...keys].filter((key) => /^[^\s,]+$/.test(key)))].join(" ");
}
