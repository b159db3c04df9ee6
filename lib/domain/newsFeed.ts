import { DOMParser } from "linkedom";

// Reading a news feed (Atom 1.0, RSS 2.0) as a list of the pages it links to: a publisher's feed (a Factdesk's
// /feed.xml among them) leads to its fact-check pages, whose ClaimReview markup the archive imports. Pure.

/** One entry of a feed: the page it links to, and when it last changed (null when the feed does not say). */
export type FeedEntry = { link: string; updated: Date | null };

const FEED_START = /^(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<\?[^>]*\?>|<!DOCTYPE[^>]*>)\s*)*<(?:[\w-]+:)?(feed|rss)[\s>]/i;

/** Whether the text is an Atom or RSS feed (its first element is <feed> or <rss>). */
export function isNewsFeed(text: string): boolean {
  return FEED_START.test(text.replace(/^\uFEFF/, "").trimStart().slice(0, 4096));
}

/**
 * The entries of an Atom or RSS 2.0 feed in the feed's order, each with the address of its page (relative links
 * resolved against `base`; only http(s) pages kept). Null when the text is not a feed.
 */
export function readNewsFeed(text: string, base?: string): FeedEntry[] | null {
  if (!isNewsFeed(text)) return null;
  const document = new DOMParser().parseFromString(text.replace(/^\uFEFF/, "").trim(), "text/xml");
  const root = document.documentElement;
  if (!root) return null;
  const atom = root.localName.toLowerCase().endsWith("feed");
  const entries = atom ? childrenNamed(root, "entry") : childrenNamed(root, "channel").flatMap((channel) => childrenNamed(channel, "item"));
  return entries.flatMap((entry) => {
    const link = webAddress(atom ? atomLink(entry) : rssLink(entry), base);
    if (!link) return [];
    const date = atom ? (childText(entry, "updated") ?? childText(entry, "published")) : (childText(entry, "pubDate") ?? childText(entry, "date"));
    const updated = date ? new Date(date) : null;
    return [{ link, updated: updated && !Number.isNaN(updated.getTime()) ? updated : null }];
  });
}

type Node = { localName: string; children: ArrayLike<Node>; textContent: string | null; attributes: ArrayLike<{ name: string; value: string }> };

function childrenNamed(parent: Node, name: string): Node[] {
  return Array.from(parent.children).filter((child) => localPart(child.localName) === name.toLowerCase());
}

function localPart(name: string): string {
  return name.toLowerCase().replace(/^.*:/, "");
}

function childText(parent: Node, name: string): string | null {
  const text = childrenNamed(parent, name)[0]?.textContent?.trim();
  return text || null;
}

/** An attribute's value with entities decoded (linkedom's getAttribute leaves `&amp;` as written in XML). */
function attribute(node: Node, name: string): string | null {
  return Array.from(node.attributes).find((a) => a.name === name)?.value ?? null;
}

/**
 * The entry's page: the link with rel="related" when there is one (a Factdesk feed's version entry names its article's
 * page so, where the current fact-check and its ClaimReview markup are), else rel="alternate" (or no rel); an HTML one
 * first.
 */
function atomLink(entry: Node): string | null {
  const links = childrenNamed(entry, "link");
  const withRel = (rel: string) => links.filter((link) => (attribute(link, "rel") ?? "alternate") === rel);
  const candidates = withRel("related").length ? withRel("related") : withRel("alternate");
  const html = candidates.find((link) => /html/i.test(attribute(link, "type") ?? "")) ?? candidates[0];
  return html ? attribute(html, "href") : null;
}

function rssLink(item: Node): string | null {
  const guid = childrenNamed(item, "guid")[0];
  const permalink = guid && attribute(guid, "isPermaLink") !== "false" ? guid.textContent?.trim() : null;
  return childText(item, "link") ?? permalink ?? null;
}

function webAddress(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}
