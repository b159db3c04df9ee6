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
