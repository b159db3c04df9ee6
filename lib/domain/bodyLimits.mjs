// Every limit on the size of a request body, in bytes, in one place, and the sentence that refuses a larger one. Plain JavaScript so that next.config.js and
// scripts/server.mjs can read it as it is; the app reads it through lib/domain/limits.ts, which names every other
// limit, and docs/deploy.md's "Limits" table lists these with the rest (npm run docs:limits).
// The server (scripts/server.mjs) refuses a larger body with 413 before anything reads it, by the path's kind
// (bodyLimit in lib/web/securityHeaders.ts). Next.js's own limit for server actions is set to the same number
// (next.config.js): the server's refusal, counted on the same bytes, always comes first. A proxy in front must let
// at least FORM_BODY_BYTES through (docs/deploy.md).

const MB = 1024 * 1024;

/**
 * A page's form (a server action): room for the largest field, an article of 1,000,000 characters (at most 3 MB in
 * UTF-8), and the rest of its form; also the largest ClaimReview file an editor can upload.
 */
export const FORM_BODY_BYTES = 4 * MB;

/** A route handler under /api/ (none takes more than a small JSON body). */
export const API_BODY_BYTES = 1 * MB;

/** The sign-in forms (/api/auth/…): an e-mail address and a password. */
export const SIGN_IN_BODY_BYTES = 64 * 1024;

/**
 * A size in the words a form uses: "4 MB", "64 KB".
 * @param {number} bytes
 */
export function sizeInWords(bytes) {
  const megabytes = bytes / MB;
  return megabytes >= 1 ? `${Number(megabytes.toFixed(1))} MB` : `${Math.floor(bytes / 1024)} KB`;
}

/**
 * The refusal of a body larger than `limitBytes`, the same on a form (before sending) and from the server (413).
 * @param {number} [limitBytes]
 */
export function tooLargeToSend(limitBytes = FORM_BODY_BYTES) {
  return `This is too large to send: at most ${sizeInWords(limitBytes)}.`;
}
