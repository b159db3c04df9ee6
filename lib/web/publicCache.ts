// The server's cache of public answers (server/readerCache.ts uses it). Published versions never change, so a reader
// page, the feed or an API answer can be served again as it was rendered, until something readers see changes. What
// says so is the public generation in Postgres (public_state), moved by every publication, retraction and change of
// the organisation's public details; each instance reads it once a second, so a change made on one instance reaches
// every other within about a second, with no shared process memory. Only answers that marked themselves cacheable
// (cacheForReaders() in lib/core/requestState.ts) are kept, and only for visitors who are not signed in.
//
// A kept page is served byte for byte as rendered, so it is compressed once and has an ETag; its inline scripts are
// allowed by their hashes in the Content-Security-Policy instead of by the nonce it was rendered with (which is not
// in the policy any more, so a copy of it is worth nothing).

import { createHash } from "node:crypto";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import { encodedEtag, strongEtag } from "./etag";
import { withoutFrameworkScripts } from "./readingPathHtml";
import { CACHED_ANSWER_BYTES } from "../domain/limits";

export type CachedAnswer = {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  /** What the answer shows, by the keys shared caches purge (lib/domain/surrogateKeys.ts). */
  surrogateKeys: string[];
  /** The public generation the answer was rendered under: it is served only while that is still current. */
  generation: number;
  /** The body gzipped once, for clients that accept it (null when compressing does not pay). */
  gzipped: Buffer | null;
  /** The body compressed with brotli once, preferred by clients that accept it (null when it does not pay). */
  brotli: Buffer | null;
  /** A page's inline scripts, by SHA-256 (base64), for its policy; null for answers that are not pages. */
  scriptHashes: string[] | null;
  /** The plain body's ETag, and each compressed body's (another each, since the bytes differ). */
  etag: string;
  gzipEtag: string | null;
  brotliEtag: string | null;
};

export type RequestFacts = { method: string | undefined; url: string | undefined; headers: Record<string, string | string[] | undefined> };

/** Statuses whose answer depends only on published data: a page, a retraction (410), an unknown slug (404). */
const CACHED_STATUSES = new Set([200, 404, 410]);
/** Headers the server sets afresh on every answer, or that belong to one connection. */
const PER_ANSWER_HEADERS = new Set([
  "content-security-policy",
  "strict-transport-security",
  "set-cookie",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "x-factdesk-cache",
]);

/**
 * The key a request's answer is kept under, or null when it must not come from the cache: anything but GET/HEAD,
 * the app's own navigations and actions (their payload depends on the client's router state), and anyone signed
 * in (staff see their own navigation on public pages).
 */
export function cacheKey({ method, url, headers }: RequestFacts): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  if (headers["rsc"] || headers["next-action"] || headers["next-router-state-tree"] || headers["next-router-prefetch"]) return null;
  if (signedIn(headers.cookie)) return null;
  // The host and scheme are part of the key, though nothing kept is built from them (absolute links come from
  // AUTH_URL): should anything ever be, it is served again only to requests that name the same site. The X-Forwarded-
  // headers here are a trusted proxy's; server/forwardedHeaders.ts removes anyone else's before this is asked.
  const host = headers["x-forwarded-host"] ?? headers.host ?? "";
  const scheme = headers["x-forwarded-proto"] ?? "";
  return `${scheme}|${host}|${readerUrl(url ?? "/")}`;
}

/**
 * The query parameters each public answer reads, by path. No other parameter changes an answer, so none is part of a
 * cache key: `?utm_source=…` or a random one would otherwise make every request render afresh (and bypass every
 * cache). deploy/varnish/default.vcl applies the same rules, in the same order (tests/unit/varnishConfig.test.ts).
 */
export const READER_QUERY_PARAMETERS: readonly { path: RegExp; names: readonly string[] }[] = [
  { path: /^\/(corrections)?$/, names: ["page"] },
  { path: /^\/search$/, names: ["q", "verdict"] },
  { path: /^\/articles\/[^/]+\/versions\/compare$/, names: ["from", "to"] },
  { path: /^\/api\/v1\/articles$/, names: ["page", "perPage"] },
  { path: /^\/api\/v1\/articles\/[^/]+$/, names: ["version"] },
  { path: /^\/api\/v1\/claim-reviews$/, names: ["page", "perPage", "since", "until"] },
  { path: /^\/api\/oembed$/, names: ["format", "maxheight", "maxwidth", "url"] },
];

/** A public address as caches key it: its path, and only the parameters its answer reads, sorted by name (values in their order). */
export function readerUrl(url: string): string {
  const question = url.indexOf("?");
  if (question === -1) return url;
  const path = url.slice(0, question);
  const names = new Set(READER_QUERY_PARAMETERS.find((rule) => rule.path.test(path))?.names ?? []);
  const kept = new URLSearchParams([...new URLSearchParams(url.slice(question + 1))].filter(([name]) => names.has(name)));
  kept.sort();
  const search = kept.toString();
  return search ? `${path}?${search}` : path;
}

/** Whether a request carries an Auth.js session cookie (it may be stale: it is never served or filled from a shared cache). */
export function signedIn(cookie: string | string[] | undefined): boolean {
  const text = Array.isArray(cookie) ? cookie.join(";") : (cookie ?? "");
  return /(?:^|;\s*)(?:__Secure-)?authjs\.session-token/.test(text);
}

/** Whether a finished answer may be kept: the page asked for it, its status is a public one, it sets no cookie. */
export function mayKeep(answer: { cacheable: boolean; status: number; headers: Record<string, unknown>; size: number }): boolean {
  return answer.cacheable && CACHED_STATUSES.has(answer.status) && !("set-cookie" in answer.headers) && answer.size <= CACHED_ANSWER_BYTES;
}

/** The headers of an answer worth keeping (names in lower case), without those set afresh per answer. */
export function keptHeaders(headers: Record<string, unknown>): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (PER_ANSWER_HEADERS.has(lower) || value === undefined) continue;
    kept[lower] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return kept;
}

/** The SHA-256 (base64) of each inline script of a page, as a policy names them ('sha256-…'). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, content] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attributes ?? "") || !content) continue;
    hashes.add(createHash("sha256").update(content, "utf8").digest("base64"));
  }
  return [...hashes];
}

/** Brotli quality for kept answers: compressed once per generation, on the event loop, so fast rather than smallest. */
const KEPT_BROTLI_QUALITY = 5;

/** What the server keeps of a finished answer: its bytes, compressed once each way, a validator, and a page's script hashes. */
export function keptAnswer(
  status: number,
  headers: Record<string, string | string[]>,
  rendered: Buffer,
  generation: number,
  surrogateKeys: string[] = [],
): CachedAnswer {
  const page = String(headers["content-type"] ?? "").startsWith("text/html");
  // Kept pages are served without the framework's client code (lib/web/readingPathHtml.ts).
  const body = page ? Buffer.from(withoutFrameworkScripts(rendered.toString("utf8")), "utf8") : rendered;
  const etag = typeof headers.etag === "string" ? headers.etag : strongEtag(body);
  const worth = body.length >= 1024;
  const smaller = (compressed: Buffer | null) => (compressed && compressed.length < body.length ? compressed : null);
  const gzipped = smaller(worth ? gzipSync(body) : null);
  const brotli = smaller(worth ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: KEPT_BROTLI_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }) : null);
  return {
    status,
    headers: { ...headers, etag },
    body,
    surrogateKeys,
    generation,
    gzipped,
    brotli,
    scriptHashes: page ? inlineScriptHashes(body.toString("utf8")) : null,
    etag,
    gzipEtag: gzipped ? encodedEtag(etag, "gzip") : null,
    brotliEtag: brotli ? encodedEtag(etag, "br") : null,
  };
}

export type ContentCoding = "br" | "gzip";

/**
 * What to send of a kept answer to a client: the brotli or gzipped body as its Accept-Encoding prefers (brotli on a
 * tie) when one was kept, else the plain one, with that body's ETag.
 */
export function representationOf(answer: CachedAnswer, acceptEncoding: string | string[] | undefined): { body: Buffer; etag: string; coding: ContentCoding | null; gzip: boolean } {
  const offered: ContentCoding[] = [];
  if (answer.brotli && answer.brotliEtag) offered.push("br");
  if (answer.gzipped && answer.gzipEtag) offered.push("gzip");
  const coding = preferredCoding(acceptEncoding, offered);
  if (coding === "br") return { body: answer.brotli!, etag: answer.brotliEtag!, coding, gzip: false };
  if (coding === "gzip") return { body: answer.gzipped!, etag: answer.gzipEtag!, coding, gzip: true };
  return { body: answer.body, etag: answer.etag, coding: null, gzip: false };
}

/** Whether the client accepts gzip (Accept-Encoding, honouring q=0). */
export function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean {
  return preferredCoding(acceptEncoding, ["gzip"]) === "gzip";
}

/** Of the codings `offered` (in order of preference on a tie), the one the client weighs highest, or null for none. */
export function preferredCoding(acceptEncoding: string | string[] | undefined, offered: readonly ContentCoding[]): ContentCoding | null {
  const text = Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : (acceptEncoding ?? "");
  const weights = new Map<string, number>();
  for (const part of text.split(",")) {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (!coding) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    weights.set(coding, q ? Number(q.slice(2)) || 0 : 1);
  }
  let best: ContentCoding | null = null;
  let bestWeight = 0;
  for (const coding of offered) {
    const weight = weights.get(coding) ?? weights.get("*") ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [coding, weight];
  }
  return best;
}

/** How long browsers keep a public answer: short, since nothing can purge a browser's copy. */
const BROWSER_SECONDS = 60;
/** How long a shared cache keeps one that is purged on change (PURGE_URL set): a day; without purging, as long as a browser. */
const PURGED_EDGE_SECONDS = 86_400;
/** Served stale while the cache fetches it again in the background, and while the app is unreachable. */
const STALE_WHILE_REVALIDATE_SECONDS = 60;
const STALE_IF_ERROR_SECONDS = 86_400;

/** The Cache-Control of a public answer that shared caches may keep: long at the edge only when changes purge it. */
export function sharedCacheControl(purged: boolean): string {
  const edge = purged ? PURGED_EDGE_SECONDS : BROWSER_SECONDS;
  return `public, max-age=${BROWSER_SECONDS}, s-maxage=${edge}, stale-while-revalidate=${STALE_WHILE_REVALIDATE_SECONDS}, stale-if-error=${STALE_IF_ERROR_SECONDS}`;
}

/** The Cache-Control of a public answer given to a signed-in visitor, or anything else no shared cache may keep. */
export const PRIVATE_CACHE_CONTROL = "private, no-store";

/** Statuses a shared cache may keep (the same as this cache). */
export function sharedStatus(status: number): boolean {
  return CACHED_STATUSES.has(status);
}

/** Answers kept in memory, least recently used first out, at most `maxBytes` in all. */
export class AnswerCache {
  private readonly answers = new Map<string, CachedAnswer>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The answer kept for this key under the current generation, if any. */
  get(key: string, generation: number | null): CachedAnswer | undefined {
    const answer = this.answers.get(key);
    if (!answer) return undefined;
    if (answer.generation !== generation) {
      this.delete(key);
      return undefined;
    }
    // Most recently used goes last.
    this.answers.delete(key);
    this.answers.set(key, answer);
    return answer;
  }

  set(key: string, answer: CachedAnswer): void {
    this.delete(key);
    if (keptBytes(answer) > this.maxBytes) return;
    this.answers.set(key, answer);
    this.bytes += keptBytes(answer);
    for (const [oldest, kept] of this.answers) {
      if (this.bytes <= this.maxBytes) break;
      this.answers.delete(oldest);
      this.bytes -= keptBytes(kept);
    }
  }

  get size(): number {
    return this.answers.size;
  }

  private delete(key: string): void {
    const answer = this.answers.get(key);
    if (!answer) return;
    this.answers.delete(key);
    this.bytes -= keptBytes(answer);
  }
}

/** The memory a kept answer takes: its plain body and each compressed one. */
function keptBytes(answer: CachedAnswer): number {
  return answer.body.length + (answer.gzipped?.length ?? 0) + (answer.brotli?.length ?? 0);
}
