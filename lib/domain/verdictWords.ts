import { isArticleLanguage } from "./languages";
import { MAX_VERDICT_DESCRIPTION, MAX_VERDICT_LABEL } from "./limits";
import type { NamedWords } from "./translate";

// A verdict of the rating scale is named once, in whatever language the admin wrote it, and may be given the same
// name and description in other languages: readers of an article in one of them see the verdict in its words.

/** A verdict's name and description as readers see them. */
export type VerdictWords = { label: string; description: string };

/** A verdict's words per language, by ISO 639-1 code (lib/domain/languages.ts). */
export type VerdictTranslations = Record<string, VerdictWords>;

/**
 * The verdict's words for an article in `language`: its translation into that language, whole, when it has one
 * (an empty description stays empty, so readers never get a sentence in another language under a translated name),
 * with that `language`; else its own label and description (in the newsroom's language, which pages are in). No
 * language: its own.
 */
export function verdictWordsIn(
  verdict: VerdictWords & { translations?: VerdictTranslations | null },
  language: string | null | undefined,
): VerdictWords & { language?: string } {
  const translated = language ? verdict.translations?.[language] : undefined;
  return translated ? { label: translated.label, description: translated.description, language: language! } : { label: verdict.label, description: verdict.description };
}

/** Translations with their words trimmed, in the order of their language codes (so two equal sets compare equal). */
export function normaliseTranslations(translations: VerdictTranslations): VerdictTranslations {
  return Object.fromEntries(
    Object.keys(translations)
      .sort()
      .map((code) => [code, { label: translations[code]!.label.trim(), description: translations[code]!.description.trim() }]),
  );
}

/** Whether two sets of translations say the same (after trimming). */
export function sameTranslations(a: VerdictTranslations, b: VerdictTranslations): boolean {
  return JSON.stringify(normaliseTranslations(a)) === JSON.stringify(normaliseTranslations(b));
}

/** What is wrong with a translation, as words of the errors catalog. */
export type TranslationProblem = NamedWords<"unknownTranslationLanguage" | "nameVerdictIn" | "keepNameUnder" | "keepDescriptionUnder" | "verdictNameTakenIn">;

/**
 * What is wrong with the translations of one scale version's verdicts, by field (`verdicts.<i>.translations.<code>.
 * language|label|description`); empty when nothing is. Refuses a language not on the desk's list, a translation
 * without a name, words longer than a verdict's own may be, and two verdicts readers of one language could not tell
 * apart: the same name in that language, whether translated or a verdict's own name shown for want of one.
 */
export function translationProblems(edited: readonly (VerdictWords & { translations: VerdictTranslations })[]): Record<string, TranslationProblem> {
  const problems: Record<string, TranslationProblem> = {};
  edited.forEach((verdict, i) => {
    for (const [code, words] of Object.entries(verdict.translations)) {
      const field = `verdicts.${i}.translations.${code}`;
      if (!isArticleLanguage(code)) {
        problems[`${field}.language`] = { key: "unknownTranslationLanguage" };
        continue;
      }
      const label = words.label.trim();
      if (!label) problems[`${field}.label`] = { key: "nameVerdictIn", languages: { language: code } };
      else if (label.length > MAX_VERDICT_LABEL) problems[`${field}.label`] = { key: "keepNameUnder", values: { max: MAX_VERDICT_LABEL } };
      if (words.description.trim().length > MAX_VERDICT_DESCRIPTION) {
        problems[`${field}.description`] = { key: "keepDescriptionUnder", values: { max: MAX_VERDICT_DESCRIPTION } };
      }
    }
  });
  const languages = new Set(edited.flatMap((verdict) => Object.keys(verdict.translations).filter(isArticleLanguage)));
  for (const code of languages) {
    const seen = new Map<string, number>();
    edited.forEach((verdict, i) => {
      const translated = verdict.translations[code];
      const label = verdictWordsIn(verdict, code).label.trim();
      const key = label.toLocaleLowerCase(code);
      const earlier = seen.get(key);
      if (!label) return;
      if (earlier === undefined) {
        seen.set(key, i);
        return;
      }
      // Mark a translation of the two: two verdicts' own names alike are the scale's own problem (ratingScaleEdit.ts).
      const marked = translated ? i : edited[earlier]!.translations[code] ? earlier : null;
      if (marked === null) return;
      problems[`verdicts.${marked}.translations.${code}.label`] ??= { key: "verdictNameTakenIn", values: { label }, languages: { language: code } };
    });
  }
  return problems;
}
