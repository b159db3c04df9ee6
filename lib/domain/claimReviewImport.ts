import { parseHTML } from "linkedom";

// Reading other fact-checkers' ClaimReview data (https://schema.org/ClaimReview) for the "checked before?" archive.
// Pure: the caller fetched or received the text. Accepts a web page with ClaimReview JSON-LD, a JSON document (one
// ClaimReview, a list, a schema.org DataFeed, or an @graph) or JSON Lines (one object per line).

/** One fact-check of another organisation, as the archive keeps it. */
export type ImportedFactCheck = {
  url: string;
  claim: string;
  claimant: string | null;
  publisher: string;
  publisherUrl: string | null;
  /** The rating in words (alternateName), else the numeric value written out. */
  rating: string;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  /** YYYY-MM-DD, or null when the record gives no usable date. */
  publishedOn: string | null;
  /** A BCP 47 tag as given (`en`, `pt-BR`), or null. */
  language: string | null;
};

/** A record that was not imported, with the reason in words. `record` is its 1-based position in the file. */
export type SkippedRecord = { record: number; url: string | null; reason: string };

/** A record read, with its 1-based position among the file's records. */
export type ReadFactCheck = { record: number; factCheck: ImportedFactCheck };

export type ParsedClaimReviews = { format: ClaimReviewFormat; records: ReadFactCheck[]; skipped: SkippedRecord[] };

export type ClaimReviewFormat = "html" | "json" | "jsonl";

/** A file that cannot be read as ClaimReview data at all; nothing of it is imported. */
export class ClaimReviewFileError extends Error {}

export const MAX_CLAIM_CHARACTERS = 2_000;
export const MAX_RECORDS_PER_IMPORT = 50_000;
const MAX_NAME_CHARACTERS = 300;
const MAX_URL_CHARACTERS = 2_048;

/**
 * Reads every ClaimReview in a file or page. Records that are broken (no address, no claim, no rating, no
 * publisher) or repeat an address seen earlier in the same file are skipped with a reason; a file that is not
 * JSON, JSON Lines or HTML, or holds no ClaimReview at all, throws a ClaimReviewFileError.
 */
export function parseClaimReviews(text: string): ParsedClaimReviews {
  if (text.includes("\u0000")) throw new ClaimReviewFileError("This file is not text (it looks binary). Upload JSON, JSON Lines or a web page.");
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (!trimmed) throw new ClaimReviewFileError("The file is empty.");

  const { format, objects, broken } = readObjects(trimmed);
  const candidates: { value: unknown; record: number }[] = [];
  const skipped: SkippedRecord[] = broken.map((line) => ({ record: line, url: null, reason: `Line ${line} is not valid JSON.` }));
  let record = 0;
  for (const item of objects) {
    for (const value of claimReviewsIn(item)) candidates.push({ value, record: ++record });
  }
  if (candidates.length === 0) {
    throw new ClaimReviewFileError(
      format === "html"
        ? "No ClaimReview markup was found on that page."
        : "No ClaimReview records were found. Each record needs \"@type\": \"ClaimReview\".",
    );
  }
  if (candidates.length > MAX_RECORDS_PER_IMPORT) {
    throw new ClaimReviewFileError(
      `The file holds ${candidates.length.toLocaleString("en")} records; split it into files of at most ${MAX_RECORDS_PER_IMPORT.toLocaleString("en")}.`,
    );
  }

  const records: ReadFactCheck[] = [];
  const seen = new Set<string>();
  for (const { value, record: position } of candidates) {
    const result = toFactCheck(value);
    if ("reason" in result) {
      skipped.push({ record: position, url: result.url, reason: result.reason });
    } else if (seen.has(result.url)) {
      skipped.push({ record: position, url: result.url, reason: "The same address appears earlier in this file." });
    } else {
      seen.add(result.url);
      records.push({ record: position, factCheck: result });
    }
  }
  skipped.sort((a, b) => a.record - b.record);
  return { format, records, skipped };
}

function readObjects(text: string): { format: ClaimReviewFormat; objects: unknown[]; broken: number[] } {
  if (text.startsWith("<")) return { format: "html", objects: jsonLdBlocks(text), broken: [] };
  if (!text.startsWith("{") && !text.startsWith("[")) {
    throw new ClaimReviewFileError("This file is neither JSON, JSON Lines nor a web page.");
  }
  try {
    return { format: "json", objects: [JSON.parse(text)], broken: [] };
  } catch {
    // Not one JSON document: perhaps JSON Lines.
  }
  const lines = text.split(/\r?\n/);
  const objects: unknown[] = [];
  const broken: number[] = [];
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    try {
      objects.push(JSON.parse(line));
    } catch {
      broken.push(index + 1);
    }
  });
  if (objects.length === 0) throw new ClaimReviewFileError("This file is not valid JSON or JSON Lines.");
  return { format: "jsonl", objects, broken };
}

/** The parsed contents of a page's <script type="application/ld+json"> blocks; blocks that do not parse are left out. */
function jsonLdBlocks(html: string): unknown[] {
  const { document } = parseHTML(html);
  const blocks: unknown[] = [];
  for (const script of document.querySelectorAll("script")) {
    if ((script.getAttribute("type") ?? "").trim().toLowerCase() !== "application/ld+json") continue;
    try {
      blocks.push(JSON.parse(script.textContent ?? ""));
    } catch {
      // A broken block of a page is the page's problem; other blocks may still hold ClaimReviews.
    }
  }
  return blocks;
}

const MAX_DEPTH = 6;

/** ClaimReview objects inside a JSON-LD value: itself, a list, an @graph, or a DataFeed's elements and items. */
function claimReviewsIn(value: unknown, depth = 0): unknown[] {
  if (depth > MAX_DEPTH) return [];
  if (Array.isArray(value)) return value.flatMap((item) => claimReviewsIn(item, depth + 1));
  if (!isObject(value)) return [];
  if (hasType(value, "ClaimReview")) return [value];
  const nested = [value["@graph"], value.dataFeedElement, value.item, value.itemListElement].filter((v) => v !== undefined);
  return nested.flatMap((item) => claimReviewsIn(item, depth + 1));
}

type Invalid = { reason: string; url: string | null };

function toFactCheck(value: unknown): ImportedFactCheck | Invalid {
  if (!isObject(value)) return { reason: "The record is not an object.", url: null };
  const url = webUrl(text(value.url));
  if (!url) return { reason: "The record has no web address (url) of the fact-check.", url: null };
  const claim = text(value.claimReviewed);
  if (!claim) return { reason: "The record does not say what claim was reviewed (claimReviewed).", url };
  if (claim.length > MAX_CLAIM_CHARACTERS) {
    return { reason: `The claim is longer than ${MAX_CLAIM_CHARACTERS.toLocaleString("en")} characters.`, url };
  }
  const author = first(value.author) ?? first(value.publisher);
  const publisher = shorten(isObject(author) ? text(author.name) : text(author));
  if (!publisher) return { reason: "The record does not name the fact-checker (author).", url };
  const rating = first(value.reviewRating);
  const ratingValue = isObject(rating) ? number(rating.ratingValue) : null;
  const ratingName = isObject(rating) ? shorten(text(rating.alternateName) ?? text(rating.name)) : null;
  if (!ratingName && ratingValue === null) return { reason: "The record has no rating (reviewRating).", url };
  const item = first(value.itemReviewed);
  const claimantValue = isObject(item) ? first(item.author) : undefined;
  return {
    url,
    claim: claim.replace(/\s+/g, " "),
    claimant: shorten(isObject(claimantValue) ? text(claimantValue.name) : text(claimantValue)),
    publisher,
    publisherUrl: isObject(author) ? webUrl(text(author.url)) : null,
    rating: ratingName ?? `${ratingValue}`,
    ratingValue,
    bestRating: isObject(rating) ? number(rating.bestRating) : null,
    worstRating: isObject(rating) ? number(rating.worstRating) : null,
    publishedOn: isoDate(text(value.datePublished)),
    language: languageTag(first(value.inLanguage)),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasType(value: Record<string, unknown>, type: string): boolean {
  const declared = value["@type"];
  const types = Array.isArray(declared) ? declared : [declared];
  return types.some((t) => typeof t === "string" && (t === type || t.endsWith(`/${type}`) || t.endsWith(`:${type}`)));
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** A string property's text, trimmed; JSON-LD's {"@value": …} form too. Null when there is none. */
function text(value: unknown): string | null {
  const one = first(value);
  const raw = isObject(one) ? one["@value"] : one;
  if (typeof raw === "number") return String(raw);
  if (typeof raw !== "string") return null;
  const trimmed = raw.trim();
  return trimmed || null;
}

function shorten(value: string | null): string | null {
  return value ? value.replace(/\s+/g, " ").slice(0, MAX_NAME_CHARACTERS) : null;
}

function number(value: unknown): number | null {
  const raw = text(value);
  if (raw === null) return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

function webUrl(value: string | null): string | null {
  if (!value || value.length > MAX_URL_CHARACTERS) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    url.hash = "";
    return url.toString();
  } catch {
    return null;
  }
}

function isoDate(value: string | null): string | null {
  if (!value) return null;
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const parsed = new Date(dateOnly ? `${dateOnly[1]}-${dateOnly[2]}-${dateOnly[3]}T00:00:00Z` : value);
  if (Number.isNaN(parsed.getTime())) return null;
  const year = parsed.getUTCFullYear();
  if (year < 1900 || year > 2200) return null;
  return parsed.toISOString().slice(0, 10);
}

function languageTag(value: unknown): string | null {
  const tag = isObject(value) ? (text(value.alternateName) ?? text(value.name)) : text(value);
  return tag && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : null;
}
