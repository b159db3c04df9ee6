// The language-dependent part of finding sentence ends: which words before a period are abbreviations, which words
// open a sentence, and the punctuation conventions of the language. English rules are the default.
import { abbreviationClass as englishAbbreviationClass, isSentenceOpener as isEnglishOpener } from "./abbreviations";
import type { AbbreviationClass } from "./abbreviations";
import { SPANISH } from "./abbreviations.es";
import { RUSSIAN } from "./abbreviations.ru";
import { UKRAINIAN } from "./abbreviations.uk";

/** One language's word lists (each word without its period, matched case-sensitively). */
export type LanguageAbbreviations = {
  /** Followed by more of the same sentence: titles and words that qualify what follows. */
  neverEnds: readonly string[];
  /** End the sentence only before one of `openers`. */
  mayEnd: readonly string[];
  /** Abbreviations only before a number; otherwise ordinary words. */
  beforeNumber: readonly string[];
  /** Capitalised words that typically open a sentence (function words, not names). */
  openers: readonly string[];
  /** Words of one lowercase letter that may end a sentence ("это был я."); any other is an abbreviation. */
  oneLetterWords: readonly string[];
  /**
   * Words that open a sentence even with no period before them, after a lowercase word: conjunctions and adverbs
   * that are never a name (nor a newspaper's or a programme's, as «Сегодня» is), a polite "Вы" or a letter
   * ("витамин С"). What comes before such an end is a heading run into the text, never offered as a claim.
   */
  onlyOpeners?: readonly string[];
  /**
   * Endings of verb forms that only open a sentence when capitalised, never a name ("Родился", "Является"): after a
   * lowercase word and before another, they start a sentence as `onlyOpeners` do.
   */
  onlyOpenerEndings?: readonly string[];
  /**
   * Letters of words that end a sentence with a period even before a lowercase word ("…фильма. уровень…"), when six
   * or more long and not listed above: a lowercase start after a typo or a list item, since the language's
   * abbreviations are mostly shorter.
   */
  longWordLetters?: string;
};

export type SentenceRules = {
  /** Classifies `word`, the token before a period (without it), given the token before that (`previous`). */
  abbreviationClass(word: string, previous: string): AbbreviationClass | null;
  /** True if `word` (letters only) typically opens a sentence. */
  isSentenceOpener(word: string): boolean;
  /** Verbs that, within a few words after a quoted "!" or "?", attribute the quote (`“Why?” Peskov asked.`). */
  speechVerb: RegExp | null;
  /** A dash after a sentence end opens a line of dialogue or an attribution ("…? —dijo", "… — Видно…"). */
  dialogueDashes: boolean;
  /** “ also closes a quote („…“) when a space follows it. */
  lowOpeningQuotes: boolean;
  /** A semicolon before a capital ends a sentence: Spanish writes a lowercase word after one, names aside. */
  semicolonBeforeCapitalEnds: boolean;
  /** After a period, a slash, percent, degree or numero sign goes on with the sentence ("13 чел. / км²"). */
  signsContinue: boolean;
  /** An ellipsis ends a sentence only before a capital, not before a quoted digit ("«Как это было…» (1992)"). */
  ellipsisEndsBeforeCapitalOnly: boolean;
  /** Matches the spaces where a sentence ends with no punctuation, before one of the language's `onlyOpeners`. */
  unpunctuatedStart: RegExp | null;
  /** True if `word`, before a period, ends the sentence even before a lowercase word (`longWordLetters`). */
  endsBeforeLowercase(word: string): boolean;
};

const ENGLISH_SPEECH_VERB =
  /^(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|tweeted|posted|replied|replies|noted|notes|explained|insisted|continued|declared|stated|shouted|yelled|wondered|joked|quipped|according)$/;

/** Today's English rules, also used for any language without rules of its own. */
export const ENGLISH_RULES: SentenceRules = {
  abbreviationClass: (word) => englishAbbreviationClass(word),
  isSentenceOpener: isEnglishOpener,
  speechVerb: ENGLISH_SPEECH_VERB,
  dialogueDashes: false,
  lowOpeningQuotes: false,
  semicolonBeforeCapitalEnds: false,
  signsContinue: false,
  ellipsisEndsBeforeCapitalOnly: false,
  unpunctuatedStart: null,
  endsBeforeLowercase: () => false,
};

const INITIAL = /^\p{Lu}$/u; // "А. С. Пушкин", "J. R. R. Tolkien"
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u; // "S.A", "т.е", "EE.UU"
const ONE_LOWERCASE_LETTER = /^\p{Ll}$/u;
const ONE_LETTER_ABBREVIATION = /^\p{Ll}\.$/u;
const NUMBER = /^(?:\d|[IVXLC]+$)/; // "1948", "26-го", "XIX"

/**
 * Rules for a language written with these lists. Beyond the lists: a one-letter lowercase word before a period is an
 * abbreviation that ends the sentence only before a sentence opener ("г. Тверь", "a. C.", "с. 7", "11 млн т. Тому":
 * few words of one letter end a sentence), but the second of two ("и т. д.") ends it before any capital; and after a
 * number, an abbreviation that never ends a sentence is a unit or a year that may ("в 1948 г. В 1950", "5 см. Затем").
 */
function rulesOf(
  lists: LanguageAbbreviations,
  conventions: Omit<SentenceRules, "abbreviationClass" | "isSentenceOpener" | "speechVerb" | "unpunctuatedStart" | "endsBeforeLowercase">,
): SentenceRules {
  const classes = new Map<string, AbbreviationClass>();
  for (const w of lists.mayEnd) classes.set(w, "may-end");
  for (const w of lists.beforeNumber) classes.set(w, "before-number");
  for (const w of lists.neverEnds) classes.set(w, "never-ends");
  const openers = new Set(lists.openers);
  const oneLetterWords = new Set(lists.oneLetterWords);
  const longWord = lists.longWordLetters ? new RegExp(`^[${lists.longWordLetters}]{6,}$`, "iu") : null;
  return {
    abbreviationClass(word, previous) {
      const kind = classes.get(word) ?? null;
      if (kind === "never-ends" && NUMBER.test(previous)) return "may-end";
      if (kind !== null) return kind;
      if (INITIAL.test(word) || DOTTED_ACRONYM.test(word)) return "may-end";
      if (ONE_LOWERCASE_LETTER.test(word) && !oneLetterWords.has(word) && !ONE_LETTER_ABBREVIATION.test(previous)) {
        return "may-end";
      }
      return null;
    },
    isSentenceOpener: (word) => openers.has(word),
    speechVerb: null,
    unpunctuatedStart: lists.onlyOpeners ? unpunctuatedStartBefore(lists.onlyOpeners, lists.onlyOpenerEndings ?? []) : null,
    endsBeforeLowercase: (word) => longWord !== null && longWord.test(word) && !classes.has(word),
    ...conventions,
  };
}

/**
 * The spaces after a lowercase letter before one of `words` (or a capitalised word with one of `endings`) that a
 * comma or a lowercase word follows ("гигабайт Несмотря на", "взаимопонимания Учился в"), or after a colon before one
 * of `words` that a comma follows ("направлений: Однако,"; "заявил: Сегодня мы…" is quoted speech), or after a colon
 * before a dash and a capital, a line of dialogue run into the words that announce it ("спитав: — Ви…"). Only the
 * spaces' first character can start a match (the look-behind needs a letter or colon before it), so the search stays
 * linear however long the line.
 */
function unpunctuatedStartBefore(words: readonly string[], endings: readonly string[]): RegExp {
  const word = `(?:${words.join("|")})`;
  const opener = endings.length === 0 ? word : `(?:${word}|\\p{Lu}\\p{Ll}*(?:${endings.join("|")}))`;
  return new RegExp(`(?<=\\p{Ll})\\s+(?=${opener}(?:,|\\s+\\p{Ll}))|(?<=\\p{Ll}:)\\s+(?=${word},|[—–]\\s*\\p{Lu})`, "gu");
}

const CYRILLIC_CONVENTIONS = {
  dialogueDashes: true,
  lowOpeningQuotes: true,
  semicolonBeforeCapitalEnds: false,
  signsContinue: true,
  ellipsisEndsBeforeCapitalOnly: true,
};

const RULES = new Map<string, SentenceRules>([
  ["es", rulesOf(SPANISH, { ...CYRILLIC_CONVENTIONS, lowOpeningQuotes: false, semicolonBeforeCapitalEnds: true })],
  ["ru", rulesOf(RUSSIAN, CYRILLIC_CONVENTIONS)],
  ["uk", rulesOf(UKRAINIAN, CYRILLIC_CONVENTIONS)],
]);

/** The rules for `lang`, an ISO 639-1 code or a BCP 47 tag ("es", "es-MX", "uk"); English rules otherwise. */
export function sentenceRulesFor(lang: string | undefined): SentenceRules {
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return RULES.get(primary) ?? ENGLISH_RULES;
}
