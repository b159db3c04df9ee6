// The languages an article can be written in: ISO 639-1 codes, their names, and how their text runs.

/** The language of the site's own words (pages, feed summaries): the article's may differ. */
export const SITE_LANGUAGE = "en";

/**
 * Every language an editor may give an article: those the detector knows (eld's small set, lib/domain/articleLanguage.ts)
 * and a few more a newsroom meets. A code outside this list is refused, so readers never get a `lang` no one chose.
 */
export const ARTICLE_LANGUAGES = [
  "af", "am", "ar", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el", "en", "es", "et", "eu", "fa",
  "fi", "fr", "ga", "gl", "gu", "ha", "he", "hi", "hr", "hu", "hy", "id", "ig", "is", "it", "ja", "ka", "kk", "km",
  "kn", "ko", "ku", "lo", "lt", "lv", "mk", "ml", "mr", "ms", "mt", "my", "ne", "nl", "no", "or", "pa", "pl", "ps",
  "pt", "ro", "ru", "si", "sk", "sl", "so", "sq", "sr", "sv", "sw", "ta", "te", "th", "tl", "tr", "uk", "ur", "uz",
  "vi", "yi", "yo", "zh", "zu",
] as const;

export type ArticleLanguage = (typeof ARTICLE_LANGUAGES)[number];

const KNOWN = new Set<string>(ARTICLE_LANGUAGES);

/** Whether `code` is one of ARTICLE_LANGUAGES. */
export function isArticleLanguage(code: string): code is ArticleLanguage {
  return KNOWN.has(code);
}

/** Languages of the list written right to left (Arabic, Hebrew, Persian, Urdu, Pashto, Yiddish). */
const RIGHT_TO_LEFT = new Set<string>(["ar", "he", "fa", "ur", "ps", "yi"]);

/** The direction text in `code` runs: "rtl" for the right-to-left languages, else "ltr". */
export function textDirection(code: string): "ltr" | "rtl" {
  return RIGHT_TO_LEFT.has(code) ? "rtl" : "ltr";
}

/**
 * The HTML attributes for an element holding text in `code` (`lang` and `dir`); none when the language is unknown,
 * so the element keeps the page's.
 */
export function languageAttributes(code: string | null | undefined): { lang: string; dir: "ltr" | "rtl" } | Record<string, never> {
  return code ? { lang: code, dir: textDirection(code) } : {};
}

/** The name of a language in `inLanguage` ("fr" in English: "French"), or the code when there is none. */
export function languageName(code: string, inLanguage: string = SITE_LANGUAGE): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The list as choices for a form, by name in `inLanguage` (the site's by default): `{ code, name }`, "Spanish (español)".
 * Each starts with a capital, as items of a list do, in languages that write names of languages in lower case
 * ("Inglés (English)", not "inglés (English)").
 */
export function languageChoices(inLanguage: string = SITE_LANGUAGE): { code: ArticleLanguage; name: string }[] {
  return ARTICLE_LANGUAGES.map((code) => {
    const lowerCase = languageName(code, inLanguage);
    const name = lowerCase.charAt(0).toLocaleUpperCase(inLanguage) + lowerCase.slice(1);
    const own = languageName(code, code);
    return { code, name: own && own !== code && own.toLocaleLowerCase() !== name.toLocaleLowerCase() ? `${name} (${own})` : name };
  }).sort((a, b) => a.name.localeCompare(b.name, inLanguage));
}
