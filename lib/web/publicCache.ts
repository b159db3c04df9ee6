// The server's cache of public answers (scripts/server.mjs uses it). Published versions never change, so a reader
// page, the feed or an API answer can be served again as it was rendered, until something readers see changes. What
// says so is the public generation in Postgres (public_state), moved by every publication, retraction and change of
// the organisation's public details; each instance reads it once a second, so a change made on one instance reaches
// every other within about a second, with no shared process memory. Only answers that marked themselves cacheable
// (cacheForReaders() in lib/core/requestState.ts) are kept, and only for visitors who are not signed in.

import { createHash } from "node:crypto";

export type CachedAnswer = {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  /** The public generation the answer was rendered under: it is served only while that is still current. */
  generation: number;
  /** The CSP nonce the page was rendered with, and where it appears: each later answer gets a fresh one there. */
  nonce: string | null;
  nonceOffsets?: number[];
  etag: string | null;
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
const MAX_ANSWER_BYTES = 2 * 1024 * 1024;

/**
 * The key a request's answer is kept under, or null when it must not come from the cache: anything but GET/HEAD,
 * the app's own navigations and actions (their payload depends on the client's router state), and anyone signed
 * in (staff see their own navigation on public pages).
 */
export function cacheKey({ method, url, headers }: RequestFacts): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  if (headers["rsc"] || headers["next-action"] || headers["next-router-state-tree"] || headers["next-router-prefetch"]) return null;
  if (signedIn(headers.cookie)) return null;
  // The host and scheme are part of the key: an answer with absolute links built from them (a sitemap, ClaimReview)
  // is served again only to requests that name the same site.
  const host = headers["x-forwarded-host"] ?? headers.host ?? "";
  const scheme = headers["x-forwarded-proto"] ?? "";
  return `${scheme}|${host}|${url ?? "/"}`;
}

function signedIn(cookie: string | string[] | undefined): boolean {
  const text = Array.isArray(cookie) ? cookie.join(";") : (cookie ?? "");
  return /(?:^|;\s*)(?:__Secure-)?authjs\.session-token/.test(text);
}

/** Whether a finished answer may be kept: the page asked for it, its status is a public one, it sets no cookie. */
export function mayKeep(answer: { cacheable: boolean; status: number; headers: Record<string, unknown>; size: number }): boolean {
  return answer.cacheable && CACHED_STATUSES.has(answer.status) && !("set-cookie" in answer.headers) && answer.size <= MAX_ANSWER_BYTES;
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

/** A strong validator of a body: the same bytes, the same tag. */
export function etagOf(body: Buffer): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** Whether the client's copy (If-None-Match) is the one kept: then the answer is 304 with no body. */
export function clientHasIt(ifNoneMatch: string | string[] | undefined, etag: string | null): boolean {
  if (!etag || !ifNoneMatch) return false;
  const tags = (Array.isArray(ifNoneMatch) ? ifNoneMatch.join(",") : ifNoneMatch).split(",").map((t) => t.trim().replace(/^W\//, ""));
  return tags.includes("*") || tags.includes(etag);
}

/** Where a page's nonce appears in its body (found once, when the answer is kept). */
export function offsetsOf(body: Buffer, nonce: string): number[] {
  const offsets: number[] = [];
  for (let at = body.indexOf(nonce); at >= 0; at = body.indexOf(nonce, at + nonce.length)) offsets.push(at);
  return offsets;
}

/**
 * The body to send for a kept answer: a page's old nonce replaced by this answer's own. Nonces are all the same
 * length (16 random bytes in base64), so this is a copy of the bytes with the new nonce written over the old.
 */
export function bodyFor(answer: CachedAnswer, nonce: string): Buffer {
  if (!answer.nonce) return answer.body;
  if (nonce.length !== answer.nonce.length) return Buffer.from(answer.body.toString("utf8").replaceAll(answer.nonce, nonce), "utf8");
  const body = Buffer.from(answer.body);
  for (const at of answer.nonceOffsets ?? offsetsOf(answer.body, answer.nonce)) body.write(nonce, at, "latin1");
  return body;
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
    if (answer.body.length > this.maxBytes) return;
    this.answers.set(key, answer);
    this.bytes += answer.body.length;
    for (const [oldest, kept] of this.answers) {
      if (this.bytes <= this.maxBytes) break;
      this.answers.delete(oldest);
      this.bytes -= kept.body.length;
    }
  }

  get size(): number {
    return this.answers.size;
  }

  private delete(key: string): void {
    const answer = this.answers.get(key);
    if (!answer) return;
    this.answers.delete(key);
    this.bytes -= answer.body.length;
  }
}
