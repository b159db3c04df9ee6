import { createHash } from "node:crypto";

/** A strong ETag: the quoted SHA-256 of the body's bytes, so equal bodies, and only they, share it. */
export function strongEtag(body: string | Buffer): string {
  return `"${createHash("sha256").update(body).digest("base64url")}"`;
}

/** Whether an If-None-Match header names this ETag (or is `*`). Weak comparison, as RFC 9110 asks for GET. */
export function etagMatches(ifNoneMatch: string | string[] | null | undefined, etag: string): boolean {
  const header = Array.isArray(ifNoneMatch) ? ifNoneMatch.join(",") : ifNoneMatch;
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => bare(tag) === bare(etag));
}

/**
 * The ETag of a body sent with a content-coding (gzip): a strong validator names one sequence of bytes (RFC 9110
 * 8.8.3), so the compressed and plain answers need two. `"abc"` → `"abc-gzip"`, `W/"abc"` → `W/"abc-gzip"`.
 */
export function encodedEtag(etag: string, coding: string): string {
  return etag.replace(/"$/, `-${coding}"`);
}
