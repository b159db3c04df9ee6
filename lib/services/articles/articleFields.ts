import { z } from "zod";
import { optionalDate, optionalHttpUrl, optionalText } from "../fields";
import { isArticleLanguage } from "@/lib/domain/languages";
import { MAX_ARTICLE_CHARACTERS, MAX_NAME_CHARACTERS, MAX_TITLE_CHARACTERS } from "@/lib/domain/limits";

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
  .max(MAX_ARTICLE_CHARACTERS, `The article is too long (at most ${MAX_ARTICLE_CHARACTERS.toLocaleString("en")} characters).`);

/** Where the article comes from; every field optional. */
export const articleSourceFields = {
  sourceOutlet: optionalText(MAX_NAME_CHARACTERS),
  sourceUrl: optionalHttpUrl,
  originalAuthor: optionalText(MAX_NAME_CHARACTERS),
  originalPublishedOn: optionalDate,
};

/** The language an article is written in: a code of ARTICLE_LANGUAGES ("es"), or empty/null for unknown. */
export const articleLanguage = z
  .string("Choose the article's language from the list, or Unknown.")
  .trim()
  .toLowerCase()
  .refine((code) => code === "" || isArticleLanguage(code), "That is not a language we know: choose one from the list, or Unknown.")
  .nullable()
  .transform((code) => code || null);

/** Text, with Windows and old Mac line ends made "\n" (anchors count characters). */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
