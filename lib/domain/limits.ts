import { FORM_BODY_BYTES, tooLargeToSend } from "./bodyLimits.mjs";

export { API_BODY_BYTES, FORM_BODY_BYTES, SIGN_IN_BODY_BYTES, sizeInWords, tooLargeToSend } from "./bodyLimits.mjs";

/** The longest article Factdesk takes, in characters (as JavaScript counts them). */
export const MAX_ARTICLE_CHARACTERS = 1_000_000;

/**
 * What a browser adds to a form's own values when it sends them (the action's id and arguments, multipart
 * boundaries): a form checks its values against the body limit less this.
 */
const SENDING_ALLOWANCE_BYTES = 64 * 1024;

/** Why a form whose values take `bytes` cannot be sent (tooLargeToSend), or null when it can. */
export function formSizeProblem(bytes: number): string | null {
  return bytes > FORM_BODY_BYTES - SENDING_ALLOWANCE_BYTES ? tooLargeToSend() : null;
}

/**
 * Why an article text cannot be sent, in words an editor can act on, or null when it can. Checked in the browser
 * before sending, so a paste that is too long is refused on the form with the text still in it.
 */
export function articleTextProblem(text: string, encodedBytes: number): string | null {
  if (text.length > MAX_ARTICLE_CHARACTERS) {
    return `The article is too long: ${text.length.toLocaleString("en")} characters, and at most ${MAX_ARTICLE_CHARACTERS.toLocaleString("en")} fit. Your text is still in the box; shorten it or split it into two articles.`;
  }
  const tooLarge = formSizeProblem(encodedBytes);
  return tooLarge && `${tooLarge} Your text is still in the box; shorten it or split it into two articles.`;
}

/**
 * How long the claim suggestions for one workspace may take, waiting for a worker thread included (a 1 MB article
 * of one-word bullet lines takes about a second): after that the workspace opens without them and says why.
 */
export const SUGGESTIONS_TIME_BUDGET_MS = 5_000;

/** How long comparing two versions of an article word by word may take; after that the text shows as replaced. */
export const TEXT_DIFF_TIME_BUDGET_MS = 5_000;

/** How long reading the article out of an imported web page (up to 5 MB of HTML) may take; after that it is refused. */
export const PAGE_READING_TIME_BUDGET_MS = 15_000;

/** How long carrying the claims over to a revised text may take (1,000 claims on 1 MB: seconds); after, it is refused. */
export const REANCHOR_TIME_BUDGET_MS = 30_000;
