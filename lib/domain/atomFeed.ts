// An Atom 1.0 feed (RFC 4287) of published versions, as text. Pure: the caller gives absolute URLs.

export type AtomEntry = {
  /** A permanent, unique id: a URL of this version. */
  id: string;
  title: string;
  link: string;
  /**
   * The page that holds what the entry is about as it stands now (a version's entry: its article's page, with the
   * current fact-check and its ClaimReview markup): Atom's rel="related".
   */
  related?: string;
  updated: Date;
  /** When the entry first appeared (a published version or retraction never changes: its `updated`). */
  published?: Date;
  summary: string;
  /** Longer plain text, when there is more to say than the summary. */
  content?: string;
  /**
   * The language of what the entry is about (its title), when known and not the feed's: the entry's xml:lang. Its
   * summary and content are in the feed's language.
   */
  language?: string | null;
};

export type AtomFeed = {
  id: string;
  title: string;
  /** The site's home page. */
  link: string;
  /** The feed's own address. */
  self: string;
  author: string;
  /** The language of the feed's own words (xml:lang on the feed), which entries keep unless they say another. */
  language?: string;
  entries: readonly AtomEntry[];
};

/** Text safe inside an XML element or a double-quoted attribute; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** The feed document. `updated` is the newest entry's date (or the epoch for an empty feed, which stays valid). */
export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((newest, entry) => Math.max(newest, entry.updated.getTime()), 0);
  const entries = feed.entries.map((entry) => {
    const own = entry.language && entry.language !== feed.language ? entry.language : null;
    // Inside an entry in another language, the summary and content (the feed's words) say theirs again.
    const feedWords = own && feed.language ? ` xml:lang="${escapeXml(feed.language)}"` : "";
    return `  <entry${own ? ` xml:lang="${escapeXml(own)}"` : ""}>
    <id>${escapeXml(entry.id)}</id>
    <title type="text">${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>
${entry.related ? `    <link rel="related" type="text/html" href="${escapeXml(entry.related)}"/>\n` : ""}${entry.published ? `    <published>${entry.published.toISOString()}</published>\n` : ""}    <updated>${entry.updated.toISOString()}</updated>
    <summary type="text"${feedWords}>${escapeXml(entry.summary)}</summary>
${entry.content ? `    <content type="text"${feedWords}>${escapeXml(entry.content)}</content>\n` : ""}  </entry>
`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"${feed.language ? ` xml:lang="${escapeXml(feed.language)}"` : ""}>
  <id>${escapeXml(feed.id)}</id>
  <title type="text">${escapeXml(feed.title)}</title>
  <updated>${new Date(updated).toISOString()}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.link)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
${entries.join("")}</feed>
`;
}
