import { ValidationError } from "@/lib/core/errors";
import { withoutRepeats, type ParsedClaimReviews, type ReadFactCheck, type SkippedRecord } from "@/lib/domain/claimReviewImport";
import type { FeedEntry } from "@/lib/domain/newsFeed";
import { fetchPage } from "@/lib/net/fetchPage";
import type { ImportFormat } from "./factCheckImportDto";
import { readClaimReviewsInTime, readNewsFeedInTime } from "./readClaimReviewsInTime";
import { FETCHED_CLAIM_REVIEWS_BYTES, MAX_API_PAGES, MAX_FEED_PAGES } from "@/lib/domain/limits";
import { words } from "@/lib/core/serviceWords";

/** What an address turned out to hold (the source's kind). */
export type SourceKind = "claimreview" | "factdesk_api" | "feed";

/** The ClaimReviews read from an address, numbered by their position in everything read; `pages`: requests made. */
export type FetchedClaimReviews = { kind: SourceKind; format: ImportFormat; records: ReadFactCheck[]; skipped: SkippedRecord[]; pages: number };

/** A feed entry changed up to this long before the last good read is fetched again: the publisher's clock may lag. */
const FEED_OVERLAP_MS = 24 * 60 * 60 * 1000;

const SOURCE_TYPES = {
  accepted: new Set([
    "application/json",
    "application/ld+json",
    "application/x-ndjson",
    "application/jsonl",
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "application/atom+xml",
    "application/rss+xml",
    "application/xml",
    "text/xml",
  ]),
  described: "ClaimReview data: JSON, JSON Lines, a web page with ClaimReview markup, or a news feed (Atom or RSS)",
};

/**
 * Reads the ClaimReviews an address offers, through the SSRF-guarded fetcher: ClaimReview JSON, JSON Lines or a
 * page's markup; every page of a Factdesk API answer (`/api/v1/claim-reviews`, following `page` to the end); or
 * the pages a news feed links to (a Factdesk's /feed.xml among them), only entries changed since `since` (less a
 * day) when given. A feed page that cannot be read is left out with the reason; anything else that cannot be read
 * throws a ValidationError and nothing of it counts.
 */
export async function fetchClaimReviews(url: string, { since = null }: { since?: Date | null } = {}): Promise<FetchedClaimReviews> {
  const first = await fetchPage(url, { maxBytes: FETCHED_CLAIM_REVIEWS_BYTES, types: SOURCE_TYPES });
  const entries = await readNewsFeedInTime(first.text, first.finalUrl, { field: "url" });
  if (entries) return readFeedPages(entries, since);
  const parsed = await parsedOrRefused(first.text);
  if (parsed.paging) return readApiPages(first.finalUrl, parsed);
  return { kind: "claimreview", format: parsed.format, records: parsed.records, skipped: parsed.skipped, pages: 1 };
}

/** The text's ClaimReviews, read off the event loop; one that cannot be read (in time) is refused on the address. */
function parsedOrRefused(text: string): Promise<ParsedClaimReviews> {
  return readClaimReviewsInTime(text, { field: "url" });
}

/** Every page of a paged answer, from the one given, with each record numbered by its place in the whole list. */
async function readApiPages(address: string, first: ParsedClaimReviews): Promise<FetchedClaimReviews> {
  const read: ReadFactCheck[] = [];
  const skipped: SkippedRecord[] = [];
  let parsed = first;
  let pages = 1;
  for (;;) {
    const { page, perPage, total } = parsed.paging!;
    const offset = (page - 1) * perPage;
    read.push(...parsed.records.map((entry) => ({ ...entry, record: entry.record + offset })));
    skipped.push(...parsed.skipped.map((entry) => ({ ...entry, record: entry.record + offset })));
    if (page * perPage >= total || parsed.records.length + parsed.skipped.length === 0) break;
    if (pages >= MAX_API_PAGES) {
      throw new ValidationError(words("answerTooManyPages", { max: MAX_API_PAGES }));
    }
    const next = new URL(address);
    next.searchParams.set("page", String(page + 1));
    parsed = await parsedOrRefused((await fetchPage(next.toString(), { maxBytes: FETCHED_CLAIM_REVIEWS_BYTES, types: SOURCE_TYPES })).text);
    pages += 1;
    if (!parsed.paging) throw new ValidationError(words("notAPageOfClaimReviews", { page: page + 1 }));
  }
  // A publication between two pages shifts the list: a review may come twice.
  const { records, repeats } = withoutRepeats(read);
  return { kind: "factdesk_api", format: "factdesk_api", records, skipped: [...skipped, ...repeats].sort((a, b) => a.record - b.record), pages };
}

/** The ClaimReviews of the pages a feed links to (each page once; the first MAX_FEED_PAGES of those changed since). */
async function readFeedPages(entries: readonly FeedEntry[], since: Date | null): Promise<FetchedClaimReviews> {
  const after = since ? since.getTime() - FEED_OVERLAP_MS : -Infinity;
  const links = [...new Set(entries.filter((entry) => !entry.updated || entry.updated.getTime() >= after).map((entry) => entry.link))];
  const read: ReadFactCheck[] = [];
  const skipped: SkippedRecord[] = [];
  let position = 0;
  for (const link of links.slice(0, MAX_FEED_PAGES)) {
    let parsed: ParsedClaimReviews;
    try {
      parsed = await parsedOrRefused((await fetchPage(link)).text);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const cause = error.words && "key" in error.words ? error.words : undefined;
      skipped.push({ record: position + 1, url: link, reason: { key: "importFeedPageNotRead", values: { error: error.message }, cause } });
      continue;
    }
    const offset = position;
    read.push(...parsed.records.map((entry) => ({ ...entry, record: entry.record + offset })));
    skipped.push(...parsed.skipped.map((entry) => ({ ...entry, record: entry.record + offset })));
    position += Math.max(0, ...parsed.records.map((r) => r.record), ...parsed.skipped.map((s) => s.record));
  }
  const { records, repeats } = withoutRepeats(read);
  return {
    kind: "feed",
    format: "feed",
    records,
    skipped: [...skipped, ...repeats].sort((a, b) => a.record - b.record),
    pages: 1 + Math.min(links.length, MAX_FEED_PAGES),
  };
}
