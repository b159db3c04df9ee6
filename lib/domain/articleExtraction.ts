import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/** An article read from a web page, in the app's body format: plain text, one paragraph per line. */
export type ExtractedArticle = {
  title: string;
  body: string;
  sourceOutlet: string | null;
  originalAuthor: string | null;
  /** YYYY-MM-DD, as the publisher wrote it. */
  originalPublishedOn: string | null;
  sourceUrl: string;
};

/** Fewer words than this is not an article (a menu, an error page, an image caption). */
const MIN_ARTICLE_WORDS = 5;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_TYPE_NODE = 10;

/** Elements that end a line of text before and after themselves. */
const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
  "hr", "li", "main", "nav", "ol", "p", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
]);

/** Elements whose text is never article prose. */
const SKIPPED_TAGS = new Set(["button", "iframe", "noscript", "object", "script", "select", "style", "svg", "template", "textarea"]);

/** Elements that belong in <head> when a page leaves out its <html>/<head>/<body> tags. */
const HEAD_TAGS = new Set(["base", "link", "meta", "style", "title"]);

/**
 * Reads the main article out of an HTML page with Mozilla Readability: title, body (one paragraph per line, list
 * items on their own lines, navigation and boilerplate dropped), outlet, author and publication date.
 * Returns null when the page has no readable text. Pure: `url` is only used to describe the page, never fetched.
 */
export function extractArticle(html: string, url: string): ExtractedArticle | null {
  const document = parseDocument(html);
  // Read before Readability runs: it removes scripts (JSON-LD) and rewrites the document.
  const publishedOn = findPublishedDate(document);
  const metaTitle = metaContent(document, ["og:title", "twitter:title"]);

  const parsed = new Readability<Node>(document, { serializer: (node) => node }).parse();
  if (!parsed?.content) return null;

  const siteName = cleanLine(parsed.siteName ?? "") || null;
  const title = cleanTitle(parsed.title ?? "", siteName) || cleanLine(metaTitle ?? "");
  const author = cleanByline(parsed.byline ?? "");
  const lines = dropLeadingMetadata(textLines(parsed.content), { title, author, content: parsed.content });
  if (!looksLikeProse(lines)) return null;

  return {
    title: title || lines[0]!,
    body: lines.join("\n"),
    sourceOutlet: siteName ?? hostnameOf(url),
    originalAuthor: author,
    originalPublishedOn: publishedOn,
    sourceUrl: url,
  };
}

/**
 * Turns a plain-text page into an article. Blank lines separate paragraphs when the text has any (lines inside a
 * paragraph are joined, undoing hard wrapping); otherwise every line is a paragraph. The first line is the title.
 */
export function extractPlainText(text: string, url: string): ExtractedArticle | null {
  const normalised = text.replace(/\r\n?/g, "\n");
  const blocks = /\n[^\S\n]*\n/.test(normalised.trim()) ? normalised.split(/\n[^\S\n]*\n/) : normalised.split("\n");
  const lines = blocks.map(cleanLine).filter((line) => line.length > 0);
  if (!looksLikeProse(lines)) return null;
  return {
    title: lines[0]!,
    body: lines.join("\n"),
    sourceOutlet: hostnameOf(url),
    originalAuthor: null,
    originalPublishedOn: null,
    sourceUrl: url,
  };
}

/** Collapses whitespace (including no-break spaces) and removes invisible characters. */
function cleanLine(text: string): string {
  return text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "").replace(/\s+/g, " ").trim();
}

/** At least a sentence's worth of words: a page that is only a menu or a caption is not an article. */
function looksLikeProse(lines: string[]): boolean {
  let words = 0;
  for (const line of lines) words += line.split(" ").filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return words >= MIN_ARTICLE_WORDS;
}

/**
 * linkedom does not build the implied <html>, <head> and <body> of an HTML page that leaves them out (which is
 * valid HTML), and Readability reads only <body>; such pages are rebuilt into a complete document.
 */
function parseDocument(html: string): Document {
  const { document: parsed } = parseHTML(html) as unknown as { document: Document };
  const root = parsed.documentElement as Element | null;
  if (root?.localName === "html" && parsed.head && parsed.body && parsed.body.childNodes.length > 0) return parsed;

  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>") as unknown as {
    document: Document;
  };
  let inBody = false;
  const place = (node: Node) => {
    if (node.nodeType === DOCUMENT_TYPE_NODE) return;
    if (node.nodeType === ELEMENT_NODE) {
      const tag = (node as Element).localName.toLowerCase();
      if (tag === "html" || tag === "head" || tag === "body") {
        if (tag === "body") inBody = true;
        for (const child of Array.from(node.childNodes)) place(child);
        return;
      }
      if (!inBody && HEAD_TAGS.has(tag)) {
        document.head.appendChild(node);
        return;
      }
      inBody = true;
    } else if (node.nodeType === TEXT_NODE && !inBody && !(node.textContent ?? "").trim()) {
      return;
    }
    document.body.appendChild(node);
  };
  for (const node of Array.from(parsed.childNodes)) place(node);
  return document;
}

/** The text of an element as lines: one per paragraph, heading, list item, table row or `<br>`-separated line. */
function textLines(root: Node): string[] {
  const lines: string[] = [];
  let current = "";
  const endLine = () => {
    const line = cleanLine(current);
    if (line) lines.push(line);
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).localName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === "br") return endLine();
    if (tag === "pre") {
      endLine();
      for (const line of (node.textContent ?? "").split("\n")) {
        current = line;
        endLine();
      }
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) endLine();
    if (tag === "td" || tag === "th") current += " ";
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) endLine();
  };
  walk(root);
  endLine();
  return lines;
}

/**
 * Readability keeps the byline and date lines printed above the text when the page also states them in its
 * metadata; they are fields of their own, so leading lines that repeat the title, author or a `<time>` are dropped.
 */
function dropLeadingMetadata(lines: string[], known: { title: string; author: string | null; content: Node }): string[] {
  const key = (text: string) => cleanLine(text).toLowerCase();
  const repeats = new Set<string>();
  if (known.title) repeats.add(key(known.title));
  if (known.author) {
    repeats.add(key(known.author));
    repeats.add(key(`By ${known.author}`));
  }
  for (const time of Array.from((known.content as Element).querySelectorAll?.("time") ?? [])) {
    repeats.add(key(time.textContent ?? ""));
  }
  repeats.delete("");
  let start = 0;
  while (start < Math.min(lines.length, 4) && repeats.has(key(lines[start]!))) start++;
  return lines.slice(start);
}

/** Removes a trailing " | Outlet" (or " - Outlet", " — Outlet") that pages add to their <title>. */
function cleanTitle(title: string, siteName: string | null): string {
  const cleaned = cleanLine(title);
  if (!siteName) return cleaned;
  const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const stripped = cleaned.replace(new RegExp(`\\s+[|\\-–—:·•]\\s+${escaped}$`, "i"), "").trim();
  return stripped || cleaned;
}

/** An author's name from a byline: no "By " prefix, no profile links. */
function cleanByline(byline: string): string | null {
  const cleaned = cleanLine(byline)
    .replace(/^by:?\s+/i, "")
    .replace(/[,;|]+$/, "")
    .trim();
  if (!cleaned || /^https?:\/\//i.test(cleaned)) return null;
  return cleaned;
}

function metaContent(document: Document, names: string[]): string | null {
  for (const name of names) {
    const meta = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = meta?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}

/** The publication date the page states: article:published_time, JSON-LD datePublished, then a <time datetime>. */
function findPublishedDate(document: Document): string | null {
  const candidates: (string | null | undefined)[] = [
    metaContent(document, ["article:published_time", "og:article:published_time", "datePublished"]),
    document.querySelector("[itemprop=datePublished][datetime]")?.getAttribute("datetime"),
    ...jsonLdDates(document),
    document.querySelector("time[pubdate][datetime]")?.getAttribute("datetime"),
    document.querySelector("article time[datetime]")?.getAttribute("datetime"),
    document.querySelector("time[datetime]")?.getAttribute("datetime"),
  ];
  for (const candidate of candidates) {
    const date = candidate ? calendarDate(candidate) : null;
    if (date) return date;
  }
  return null;
}

/** `datePublished` values from the page's JSON-LD blocks, articles first. */
function jsonLdDates(document: Document): string[] {
  const articles: string[] = [];
  const others: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 6 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) return value.forEach((item) => visit(item, depth + 1));
    const record = value as Record<string, unknown>;
    if (typeof record.datePublished === "string") {
      const types = ([] as unknown[]).concat(record["@type"] ?? []).map(String);
      (types.some((type) => /Article|BlogPosting|Report/i.test(type)) ? articles : others).push(record.datePublished);
    }
    for (const key of ["@graph", "mainEntity", "mainEntityOfPage"]) visit(record[key], depth + 1);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse((script.textContent ?? "").replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, "")), 0);
    } catch {
      // A broken JSON-LD block is common on real pages; the other sources still count.
    }
  }
  return [...articles, ...others];
}

/** The calendar date (YYYY-MM-DD) at the start of an ISO 8601 date or date-time, as the publisher wrote it. */
function calendarDate(value: string): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = year >= 1000 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

function hostnameOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./i, "").replace(/\.$/, "") || null;
  } catch {
    return null;
  }
}
