import { languageName } from "./languages";

/**
 * Words in the reader's language, for pure code that writes sentences (mails, notifications): a key of one area of the
 * message catalogs (messages/<language>/<area>.json) and the values of its placeholders. The caller makes it (next-intl's
 * translator for that area and language), so lib/domain stays free of where the words come from.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** `text` with its first letter a capital, in `locale`'s way: "claim 3…" → "Claim 3…". */
export function capitalised(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * Words pure code names for someone else to say (a key of the `errors` catalog and its values): lib/services throws
 * them as a service error's words (lib/core/serviceWords.ts), which the edge says in the reader's language.
 * `languages` names the placeholders that hold a language code ("es"), said as that language's name ("Spanish").
 */
export type NamedWords<K extends string> = { key: K; values?: Record<string, string | number>; languages?: Record<string, string> };

/** The placeholders' values of `words` for a reader of `locale`, each language code as that language's name. */
export function valuesIn(words: Omit<NamedWords<string>, "key">, locale: string): Record<string, string | number> | undefined {
  if (!words.languages) return words.values;
  const names = Object.entries(words.languages).map(([placeholder, code]) => [placeholder, languageName(code, locale)]);
  return { ...words.values, ...Object.fromEntries(names) };
}
