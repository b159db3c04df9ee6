// The addresses an oEmbed consumer may ask about: a claim's embed page or its place on the reader page, and a whole
// fact-check (its reader page or its embed page).

export type EmbeddableUrl =
  | { kind: "embed"; claimId: string }
  | { kind: "articleClaim"; slug: string; fragment: string }
  | { kind: "article"; slug: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What `url` points at on this site (whose origin is `siteOrigin`), or null for anything else. */
export function parseEmbeddableUrl(url: string, siteOrigin: string): EmbeddableUrl | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== new URL(siteOrigin).origin) return null;
  const embed = /^\/embed\/claims\/([^/]+)\/?$/.exec(parsed.pathname);
  if (embed && UUID.test(embed[1]!)) return { kind: "embed", claimId: embed[1]!.toLowerCase() };
  const articleEmbed = /^\/embed\/articles\/([a-z0-9-]{1,100})\/?$/.exec(parsed.pathname);
  if (articleEmbed) return { kind: "article", slug: articleEmbed[1]! };
  const article = /^\/articles\/([a-z0-9-]{1,100})\/?$/.exec(parsed.pathname);
  if (!article) return null;
  const fragment = parsed.hash.slice(1);
  if (/^claim-[0-9a-f-]{1,36}$/i.test(fragment)) return { kind: "articleClaim", slug: article[1]!, fragment };
  return { kind: "article", slug: article[1]! };
}

/** The embed page of a claim (path only). */
export function embedPath(claimId: string): string {
  return `/embed/claims/${claimId}`;
}

/** The embed page of a whole fact-check (path only). */
export function articleEmbedPath(slug: string): string {
  return `/embed/articles/${encodeURIComponent(slug)}`;
}

/** The oEmbed address for a page of this site, for the page's discovery link (`<link rel="alternate" …+oembed>`). */
export function oembedUrl(site: string, pageUrl: string): string {
  const endpoint = new URL("/api/oembed", site);
  endpoint.searchParams.set("url", pageUrl);
  endpoint.searchParams.set("format", "json");
  return endpoint.toString();
}
