import { z } from "zod";
import { MAX_ARTICLE_CHARACTERS, optionalDate, optionalHttpUrl, optionalText } from "../fields";

export const MAX_TITLE_CHARACTERS = 300;
export const MAX_NAME_CHARACTERS = 200;

/** An article's title. */
export const articleTitle = z
  .string()
  .trim()
  .min(1, "Enter a title.")
  .max(MAX_TITLE_CHARACTERS, `Keep the title under ${MAX_TITLE_CHARACTERS} characters.`);

/** An article's text, as pasted, imported or revised. */
export const articleBody = z
  .string()
  .trim()
  .min(1, "Paste the article's text.")
  .max(MAX_ARTICLE_CHARACTERS, "The article is too long (at most 1,000,000 characters).");

/** Where the article comes from; every field optional. */
export const articleSourceFields = {
  sourceOutlet: optionalText(MAX_NAME_CHARACTERS),
  sourceUrl: optionalHttpUrl,
  originalAuthor: optionalText(MAX_NAME_CHARACTERS),
  originalPublishedOn: optionalDate,
};

/** Text, with Windows and old Mac line ends made "\n" (anchors count characters). */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
