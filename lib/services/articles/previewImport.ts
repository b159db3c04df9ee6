import { z } from "zod";
import { type ExtractedArticle, extractPlainText } from "@/lib/domain/articleExtraction";
import { defineVerb } from "../verb";
import { extractArticleInTime } from "./extractArticleInTime";
import { fetchPage } from "@/lib/net/fetchPage";
import { importRefused } from "@/lib/net/importSafety";
import { MAX_ARTICLE_CHARACTERS, MAX_NAME_CHARACTERS, MAX_TITLE_CHARACTERS, MAX_URL_CHARACTERS } from "@/lib/domain/limits";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const previewImportSchema = z.strictObject({
  url: z
    .string()
    .trim()
    .min(1, said("enterArticleAddress"))
    .max(MAX_URL_CHARACTERS, said("addressTooLongAtMost", { max: MAX_URL_CHARACTERS })),
});

export type PreviewImportInput = z.input<typeof previewImportSchema>;

/**
 * Fetches the article at a web address and returns it for the editor to review; writes nothing. Saving goes
 * through createArticle, whose limits the returned fields already fit (long values are shortened).
 */
export const previewImport = defineVerb({
  name: "previewImport",
  permission: "article:create",
  input: previewImportSchema,
  audit: [],
}, async (ctx, { url }): Promise<ExtractedArticle> => {
  const page = await fetchPage(url);
  const article =
    page.contentType === "text/plain" ? extractPlainText(page.text, page.finalUrl) : await extractArticleInTime(page.text, page.finalUrl);
  if (!article) throw importRefused(words("notAnArticle"));
  return {
    ...article,
    title: shorten(article.title, MAX_TITLE_CHARACTERS),
    body: shortenLines(article.body, MAX_ARTICLE_CHARACTERS),
    sourceOutlet: article.sourceOutlet && shorten(article.sourceOutlet, MAX_NAME_CHARACTERS),
    originalAuthor: article.originalAuthor && shorten(article.originalAuthor, MAX_NAME_CHARACTERS),
  };
});

/** Cuts a one-line text to `max` characters at a word boundary, marking the cut with an ellipsis. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = safeCut(text, max - 1);
  const space = text.lastIndexOf(" ", cut);
  if (space > max * 0.6) cut = space;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** Keeps whole paragraphs up to `max` characters; a first paragraph longer than that is cut. */
function shortenLines(body: string, max: number): string {
  if (body.length <= max) return body;
  const lastBreak = body.lastIndexOf("\n", max);
  return lastBreak > 0 ? body.slice(0, lastBreak) : shorten(body, max);
}

/** Moves a cut position back so that it does not split a surrogate pair. */
function safeCut(text: string, position: number): number {
  const code = text.charCodeAt(position - 1);
  return code >= 0xd800 && code <= 0xdbff ? position - 1 : position;
}
