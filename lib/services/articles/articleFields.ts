import { z } from "zod";
import { optionalDate, optionalHttpUrl, optionalText } from "../fields";
import { isArticleLanguage } from "@/lib/domain/languages";
import { MAX_ARTICLE_CHARACTERS, MAX_NAME_CHARACTERS, MAX_TITLE_CHARACTERS } from "@/lib/domain/limits";
import { said } from "@/lib/core/zodWords";

/** An article's title. */
export const articleTitle = z
  .string()
  .trim()
  .min(1, said("enterTitle"))
  .max(MAX_TITLE_CHARACTERS, said("keepTitleUnder", { max: MAX_TITLE_CHARACTERS }));

/** An article's text, as pasted, imported or revised. */
export const articleBody = z
  .string()
  .trim()
  .min(1, said("pasteArticleText"))
  .max(MAX_ARTICLE_CHARACTERS, said("articleTooLong", { max: MAX_ARTICLE_CHARACTERS }));

/** Where the article comes from; every field optional. */
export const articleSourceFields = {
  sourceOutlet: optionalText(MAX_NAME_CHARACTERS),
  sourceUrl: optionalHttpUrl,
  originalAuthor: optionalText(MAX_NAME_CHARACTERS),
  originalPublishedOn: optionalDate,
};

/** The language an article is written in: a code of ARTICLE_LANGUAGES ("es"), or empty/null for unknown. */
export const articleLanguage = z
  .string(said("chooseArticleLanguage"))
  .trim()
  .toLowerCase()
  .refine((code) => code === "" || isArticleLanguage(code), said("unknownArticleLanguage"))
  .nullable()
  .transform((code) => code || null);

/** Text, with Windows and old Mac line ends made "\n" (anchors count characters). */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
