import { createHash } from "node:crypto";
import { parseHTML } from "linkedom";
import { IMPORTED_NAME_CHARACTERS, MAX_CLAIM_CHARACTERS, MAX_RECORDS_PER_IMPORT, MAX_URL_CHARACTERS } from "./limits";
import type { NamedWords } from "./translate";

// Reading other fact-checkers' ClaimReview data (https://schema.org/ClaimReview) for the "checked before?" archive.
// Pure: the caller fetched or received the text. Accepts a web page with ClaimReview JSON-LD, a JSON document (one
// ClaimReview, a list, a schema.org DataFeed, an @graph, or a Factdesk API answer `{ items, page, perPage, total }`)
// or JSON Lines (one object per line).

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

/** Why a record was left out, as words of the errors catalog (the edge says them in the reader's language). */
export type SkipReason = NamedWords<
  | "importLineNotJson"
  | "importRecordNotObject"
  | "importRecordNoUrl"
  | "importRecordNoClaim"
  | "importClaimTooLong"
  | "importRecordNoAuthor"
  | "importRecordNoRating"
  | "importRepeat"
  | "importAlreadyArchived"
  | "importFeedPageNotRead"
> & {
  /** The words of the error behind it (a feed page refused), said in the reader's language as its `error` value. */
  cause?: NamedWords<string>;
};

/** A record that was not imported, with the reason. `record` is its 1-based position in the file. */
export type SkippedRecord = { record: number; url: string | null; reason: SkipReason };

/** A skipped record as a reader sees it: the reason said in their language. */
export type WordedSkippedRecord = Omit<SkippedRecord, "reason"> & { reason: string };

/** An import's outcome as the edge hands it to the page: its skipped records' reasons said. */
export type WithWordedSkips<T extends { skipped: readonly SkippedRecord[] }> = Omit<T, "skipped"> & { skipped: WordedSkippedRecord[] };

/** A record read, with its 1-based position among the file's records. */
export type ReadFactCheck = { record: number; factCheck: ImportedFactCheck };

/** Where a paged answer (Factdesk's `/api/v1/claim-reviews`) stands: the next page to ask for, if any. */
export type AnswerPaging = { page: number; perPage: number; total: number };

export type ParsedClaimReviews = {
  format: ClaimReviewFormat;
  records: ReadFactCheck[];
  skipped: SkippedRecord[];
  /** Set for a Factdesk API answer: which page this is of how many records. */
  paging: AnswerPaging | null;
};

/** `factdesk_api`: the answer of a Factdesk's `/api/v1/claim-reviews` (a page of ClaimReviews). */
export type ClaimReviewFormat = "html" | "json" | "jsonl" | "factdesk_api";

/** Why a file cannot be read as ClaimReview data, as words of the errors catalog. */
export type ClaimReviewFileWords = NamedWords<
  "fileNotText" | "fileEmpty" | "noClaimReviewMarkup" | "noClaimReviewRecords" | "tooManyRecords" | "notJsonOrPage" | "notJsonOrLines"
>;

/** A file that cannot be read as ClaimReview data at all; nothing of it is imported. `message` is the words' key. */
export class ClaimReviewFileError extends Error {
  constructor(readonly words: ClaimReviewFileWords) {
    super(words.key);
  }
}

/**
 * Reads every ClaimReview in a file or page. Records that are broken (no address, no claim, no rating, no
 * publisher) or repeat a review seen earlier in the same file (the same address and the same claim) are skipped
 * with a reason; a file that is not JSON, JSON Lines or HTML, or holds no ClaimReview at all, throws a
 * ClaimReviewFileError. References by "@id" (a Yoast-style @graph naming its author once) are followed.
 */
export function parseClaimReviews(text: string): ParsedClaimReviews {
  if (text.includes("\u0000")) throw new ClaimReviewFileError({ key: "fileNotText" });
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (!trimmed) throw new ClaimReviewFileError({ key: "fileEmpty" });

  const { format: read, objects, broken } = readObjects(trimmed);
  const paging = read === "json" ? answerPaging(objects[0]) : null;
  const format: ClaimReviewFormat = paging ? "factdesk_api" : read;
  const nodes = nodesById(objects);
  const candidates: { value: unknown; record: number }[] = [];
  const skipped: SkippedRecord[] = broken.map((line) => ({ record: line, url: null, reason: { key: "importLineNotJson", values: { line } } }));
  let record = 0;
  for (const item of objects) {
    for (const value of claimReviewsIn(item)) candidates.push({ value, record: ++record });
  }
  if (candidates.length === 0 && !paging) {
    throw new ClaimReviewFileError({ key: format === "html" ? "noClaimReviewMarkup" : "noClaimReviewRecords" });
  }
  if (candidates.length > MAX_RECORDS_PER_IMPORT) {
    throw new ClaimReviewFileError({ key: "tooManyRecords", values: { count: candidates.length, max: MAX_RECORDS_PER_IMPORT } });
  }

  const valid: ReadFactCheck[] = [];
  for (const { value, record: position } of candidates) {
    const result = toFactCheck(value, nodes);
    if ("reason" in result) skipped.push({ record: position, url: result.url, reason: result.reason });
    else valid.push({ record: position, factCheck: result });
  }
  const { records, repeats } = withoutRepeats(valid);
  skipped.push(...repeats);
  skipped.sort((a, b) => a.record - b.record);
  return { format, records, skipped, paging };
}

/** parseClaimReviews as data a worker thread can hand back: what it read, or the words of why the file cannot be read. */
export function readClaimReviews(text: string): { parsed: ParsedClaimReviews } | { refused: ClaimReviewFileWords } {
  try {
    return { parsed: parseClaimReviews(text) };
  } catch (error) {
    if (error instanceof ClaimReviewFileError) return { refused: error.words };
    throw error;
  }
}

export const REPEAT_REASON: SkipReason = { key: "importRepeat" };

/** The records with every repeat of an earlier one (same address and claim) taken out, and those repeats. */
export function withoutRepeats(read: readonly ReadFactCheck[]): { records: ReadFactCheck[]; repeats: SkippedRecord[] } {
  const records: ReadFactCheck[] = [];
  const repeats: SkippedRecord[] = [];
  const seen = new Set<string>();
  for (const entry of read) {
    const identity = `${entry.factCheck.url}\n${claimIdentity(entry.factCheck.claim)}`;
    if (seen.has(identity)) repeats.push({ record: entry.record, url: entry.factCheck.url, reason: REPEAT_REASON });
    else {
      seen.add(identity);
      records.push(entry);
    }
  }
  return { records, repeats };
}

/** A fact-check with the key the archive keeps it under (see keyFactChecks). */
export type KeyedFactCheck = ImportedFactCheck & { claimKey: string };

/**
 * The archive's key of each record: its whole address (fragment included, so `#claim-2` and `#claim-3` of one page
 * are two reviews), and, when several reviews of one import share an address, their claim too (`claimKey`, a hash
 * of the claim's words; empty when the address alone names the review).
 */
export function keyFactChecks<T extends { factCheck: ImportedFactCheck }>(records: readonly T[]): (T & { factCheck: KeyedFactCheck })[] {
  const perUrl = new Map<string, number>();
  for (const { factCheck } of records) perUrl.set(factCheck.url, (perUrl.get(factCheck.url) ?? 0) + 1);
  return records.map((entry) => ({
    ...entry,
    factCheck: { ...entry.factCheck, claimKey: (perUrl.get(entry.factCheck.url) ?? 0) > 1 ? claimKeyOf(entry.factCheck.claim) : "" },
  }));
}

/** What the archive holds of a fact-check, to tell whether a record is already there. */
export type ArchivedKey = { url: string; claimKey: string; claim: string };

/**
 * Whether a record is a fact-check the archive already holds: the same address under the same key, or the same
 * address and the same claim whatever the key (a page that had one review and now has two keeps the first). An
 * entry imported before addresses kept their fragment (its address is the record's without `#…`) counts when
 * the claim is the same.
 */
export function isArchived(record: Pick<KeyedFactCheck, "url" | "claimKey" | "claim">, archived: ArchivedKey): boolean {
  const sameClaim = () => claimIdentity(archived.claim) === claimIdentity(record.claim);
  if (archived.url === record.url) return archived.claimKey === record.claimKey || sameClaim();
  return archived.url === withoutFragment(record.url) && sameClaim();
}

/** The address without its fragment (`#claim-2`). */
export function withoutFragment(url: string): string {
  const hash = url.indexOf("#");
  return hash === -1 ? url : url.slice(0, hash);
}

/** A claim's words as compared: case, spacing and Unicode forms do not count. */
function claimIdentity(claim: string): string {
  return claim.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** A short fixed-length stand-in for a claim's words (an index cannot hold 2,000 characters next to an address). */
function claimKeyOf(claim: string): string {
  return createHash("sha256").update(claimIdentity(claim)).digest("hex").slice(0, 32);
}

/** A Factdesk API answer is an object with `items` and its page numbers; its paging, else null. */
function answerPaging(value: unknown): AnswerPaging | null {
  if (!isObject(value) || !Array.isArray(value.items)) return null;
  const { page, perPage, total } = value;
  const counts = [page, perPage, total];
  if (!counts.every((n) => typeof n === "number" && Number.isInteger(n) && n >= 0)) return null;
  return { page: page as number, perPage: perPage as number, total: total as number };
}

function readObjects(text: string): { format: ClaimReviewFormat; objects: unknown[]; broken: number[] } {
  if (text.startsWith("<")) return { format: "html", objects: jsonLdBlocks(text), broken: [] };
  if (!text.startsWith("{") && !text.startsWith("[")) {
    throw new ClaimReviewFileError({ key: "notJsonOrPage" });
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
  if (objects.length === 0) throw new ClaimReviewFileError({ key: "notJsonOrLines" });
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

/**
 * ClaimReview objects inside a JSON-LD value: itself, a list, an @graph, a DataFeed's elements and items, or the
 * `items` of a Factdesk API answer.
 */
function claimReviewsIn(value: unknown, depth = 0): unknown[] {
  if (depth > MAX_DEPTH) return [];
  if (Array.isArray(value)) return value.flatMap((item) => claimReviewsIn(item, depth + 1));
  if (!isObject(value)) return [];
  if (hasType(value, "ClaimReview")) return [value];
  const nested = [value["@graph"], value.dataFeedElement, value.item, value.itemListElement, value.items].filter((v) => v !== undefined);
  return nested.flatMap((item) => claimReviewsIn(item, depth + 1));
}

type Nodes = ReadonlyMap<string, Record<string, unknown>>;

/** Every object of the document that has an "@id" and says more than that, by its id (the first one wins). */
function nodesById(objects: readonly unknown[]): Nodes {
  const nodes = new Map<string, Record<string, unknown>>();
  const visit = (value: unknown, depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(value)) return value.forEach((item) => visit(item, depth + 1));
    if (!isObject(value)) return;
    const id = value["@id"];
    if (typeof id === "string" && Object.keys(value).length > 1 && !nodes.has(id)) nodes.set(id, value);
    for (const nested of Object.values(value)) visit(nested, depth + 1);
  };
  objects.forEach((object) => visit(object, 0));
  return nodes;
}

/** A value that is a reference (`{"@id": …}`) to a node described elsewhere in the document, as that node. */
function resolved(value: unknown, nodes: Nodes): unknown {
  const one = first(value);
  if (!isObject(one) || typeof one["@id"] !== "string") return one;
  const node = nodes.get(one["@id"]);
  return node ? { ...node, ...one } : one;
}

type Invalid = { reason: SkipReason; url: string | null };

function toFactCheck(record: unknown, nodes: Nodes): ImportedFactCheck | Invalid {
  const value = resolved(record, nodes);
  if (!isObject(value)) return { reason: { key: "importRecordNotObject" }, url: null };
  const url = webUrl(text(value.url), { keepFragment: true });
  if (!url) return { reason: { key: "importRecordNoUrl" }, url: null };
  const claim = text(value.claimReviewed);
  if (!claim) return { reason: { key: "importRecordNoClaim" }, url };
  if (claim.length > MAX_CLAIM_CHARACTERS) {
    return { reason: { key: "importClaimTooLong", values: { max: MAX_CLAIM_CHARACTERS } }, url };
  }
  const author = resolved(first(value.author) ?? first(value.publisher), nodes);
  const publisher = shorten(isObject(author) ? text(author.name) : text(author));
  if (!publisher) return { reason: { key: "importRecordNoAuthor" }, url };
  const rating = resolved(value.reviewRating, nodes);
  const ratingValue = isObject(rating) ? number(rating.ratingValue) : null;
  const ratingName = isObject(rating) ? shorten(text(rating.alternateName) ?? text(rating.name)) : null;
  if (!ratingName && ratingValue === null) return { reason: { key: "importRecordNoRating" }, url };
  const item = resolved(value.itemReviewed, nodes);
  const claimantValue = isObject(item) ? resolved(item.author, nodes) : undefined;
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
    language: languageTag(resolved(value.inLanguage, nodes)),
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
  return value ? value.replace(/\s+/g, " ").slice(0, IMPORTED_NAME_CHARACTERS) : null;
}

function number(value: unknown): number | null {
  const raw = text(value);
  if (raw === null) return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

/** An http(s) address, normalised; the fragment only when asked (a review's `#claim-2` names which review it is). */
function webUrl(value: string | null, { keepFragment = false } = {}): string | null {
  if (!value || value.length > MAX_URL_CHARACTERS) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (!keepFragment || !url.hash) url.hash = "";
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
