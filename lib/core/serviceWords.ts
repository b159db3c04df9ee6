import { createTranslator } from "use-intl/core";
import type { z } from "zod";
import { valuesIn, type NamedWords } from "@/lib/domain/translate";
import errors from "@/messages/en/errors.json";

// A service does not know who reads its errors: it names its words (a key of the `errors` catalog, messages/<language>/
// errors.json, and the values of its placeholders), and the edge that shows them (a form's action, a list's filter
// errors) words them in the reader's language. The English sentence is also the error's `.message`, which logs, tests
// and the public JSON API keep reading.

export type ErrorWordKey = keyof typeof errors;
export type WordValues = Record<string, string | number>;

/** Words of the `errors` catalog, or an issue Zod worded itself (its own locales word it in other languages). */
export type ServiceWords = NamedWords<ErrorWordKey> | { zodIssue: z.core.$ZodIssue };

/** What an error takes: its words, or (code outside the services: test seeds, tests) an English sentence. */
export type Wording = string | ServiceWords;

/** The words `key` of the errors catalog with `values` for its placeholders. */
export function words(key: ErrorWordKey, values?: WordValues): ServiceWords {
  return values ? { key, values } : { key };
}

const english = createTranslator({ locale: "en", messages: { errors }, namespace: "errors", timeZone: "UTC" });

/** The English sentence of `wording`. */
export function inEnglish(wording: Wording): string {
  if (typeof wording === "string") return wording;
  if ("zodIssue" in wording) return wording.zodIssue.message;
  return english(wording.key, valuesIn(wording, "en"));
}

/** The words of `wording`, or undefined for an English sentence (shown as it is in every language). */
export function wordsOf(wording: Wording): ServiceWords | undefined {
  return typeof wording === "string" ? undefined : wording;
}
