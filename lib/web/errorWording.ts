import { z } from "zod";
import { ConflictError, ServiceError, ValidationError } from "@/lib/core/errors";
import { inEnglish, type ServiceWords } from "@/lib/core/serviceWords";
import type { SkippedRecord, SkipReason, WordedSkippedRecord } from "@/lib/domain/claimReviewImport";
import { translatorFor } from "@/lib/core/translator";
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import { valuesIn } from "@/lib/domain/translate";

// The edge words a service's error in the reader's interface language: its message, its field errors and the lines of
// a conflict. Whatever has no words (an English sentence from a test seed) stays as it is.

const ZOD_LOCALES: Record<InterfaceLanguage, () => { localeError: z.core.$ZodErrorMap }> = {
  en: z.locales.en,
  es: z.locales.es,
  uk: z.locales.uk,
  ar: z.locales.ar,
};

/** `words` in `language`; `english` when there are none. */
export function inLanguage(language: InterfaceLanguage, words: ServiceWords | undefined, english: string): string {
  if (!words || language === "en") return english;
  if ("zodIssue" in words) {
    const worded = ZOD_LOCALES[language]().localeError(words.zodIssue as never);
    return (typeof worded === "string" ? worded : worded?.message) ?? english;
  }
  return translatorFor(language, "errors")(words.key, valuesIn(words, language));
}

/** `words` said in `language`. */
export function sayIn(language: InterfaceLanguage, words: ServiceWords): string {
  return inLanguage(language, words, inEnglish(words));
}

/** A service error as a form shows it, in `language`. */
export type WordedError = { error: string; fieldErrors: Record<string, string>; conflict: string[] };

/** Words `error`'s message, field errors and conflict lines in `language`. */
export function wordedError(error: ServiceError, language: InterfaceLanguage): WordedError {
  const fieldErrors =
    error instanceof ValidationError
      ? Object.fromEntries(Object.entries(error.fieldErrors).map(([field, english]) => [field, inLanguage(language, error.fieldWords[field], english)]))
      : {};
  const conflict = error instanceof ConflictError ? error.detail.map((english, line) => inLanguage(language, error.detailWords[line], english)) : [];
  return { error: inLanguage(language, error.words, error.message), fieldErrors, conflict };
}

/** An import's skipped records with each reason said in `language`. */
export function wordedSkips(skipped: readonly SkippedRecord[], language: InterfaceLanguage): WordedSkippedRecord[] {
  return skipped.map((skip) => ({ ...skip, reason: sayIn(language, withCauseWorded(skip.reason, language)) }));
}

/** A reason whose `error` value is the words of the error behind it, said in `language` too. */
function withCauseWorded(reason: SkipReason, language: InterfaceLanguage): SkipReason {
  if (!reason.cause) return reason;
  const cause = inLanguage(language, reason.cause as ServiceWords, String(reason.values?.error ?? ""));
  return { ...reason, values: { ...reason.values, error: cause } };
}
