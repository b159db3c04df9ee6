// The addresses an oEmbed consumer may ask about: a claim's embed page, or a claim on an article's reader page.

export type EmbeddableUrl = { kind: "embed"; claimId: string } | { kind: "articleClaim"; slug: string; fragment: string };

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
  const article = /^\/articles\/([a-z0-9-]{1,100})\/?$/.exec(parsed.pathname);
  const fragment = parsed.hash.slice(1);
  if (article && /^claim-[0-9a-f-]{1,36}$/i.test(fragment)) return { kind: "articleClaim", slug: article[1]!, fragment };
  return null;
}

/** The embed page of a claim (path only). */
export function embedPath(claimId: string): string {
  return `/embed/claims/${claimId}`;
}
