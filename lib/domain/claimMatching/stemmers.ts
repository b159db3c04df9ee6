// The stemmers of languages other than English, from @orama/stemmers (Apache-2.0): Snowball's algorithms compiled to
// JavaScript, and a Ukrainian one of its own. English keeps Porter (npm `stemmer`, in matchText.ts): the re-ranker's
// weights were trained on those stems.
// Left out: Sanskrit (a suffix list for Latin transliteration only).
import { stemmer as arabic } from "@orama/stemmers/arabic";
import { stemmer as armenian } from "@orama/stemmers/armenian";
import { stemmer as bulgarianOnLetters } from "@orama/stemmers/bulgarian";
import { stemmer as danish } from "@orama/stemmers/danish";
import { stemmer as dutch } from "@orama/stemmers/dutch";
import { stemmer as finnish } from "@orama/stemmers/finnish";
import { stemmer as french } from "@orama/stemmers/french";
import { stemmer as german } from "@orama/stemmers/german";
import { stemmer as greek } from "@orama/stemmers/greek";
import { stemmer as hindi } from "@orama/stemmers/indian";
import { stemmer as hungarian } from "@orama/stemmers/hungarian";
import { stemmer as indonesian } from "@orama/stemmers/indonesian";
import { stemmer as irish } from "@orama/stemmers/irish";
import { stemmer as italian } from "@orama/stemmers/italian";
import { stemmer as lithuanian } from "@orama/stemmers/lithuanian";
import { stemmer as nepali } from "@orama/stemmers/nepali";
import { stemmer as norwegian } from "@orama/stemmers/norwegian";
import { stemmer as portuguese } from "@orama/stemmers/portuguese";
import { stemmer as romanian } from "@orama/stemmers/romanian";
import { stemmer as russian } from "@orama/stemmers/russian";
import { stemmer as serbian } from "@orama/stemmers/serbian";
import { stemmer as spanish } from "@orama/stemmers/spanish";
import { stemmer as swedish } from "@orama/stemmers/swedish";
import { stemmer as tamil } from "@orama/stemmers/tamil";
import { stemmer as turkish } from "@orama/stemmers/turkish";
import { stemmer as ukrainian } from "@orama/stemmers/ukrainian";

type Stemmer = (word: string) => string;

/**
 * Orama's Bulgarian stemmer is Lucene's, ported with its letter changes made in place on Java's char[] ("вестници" →
 * "вестник"): given a string it throws on one word in ten. Given the word's letters, with the one string method it
 * calls, it runs as Lucene's does.
 */
function bulgarian(word: string): string {
  const letters = Object.assign([...word], {
    substring(this: string[], from: number, to: number) {
      return this.slice(from, to).join("");
    },
  });
  return bulgarianOnLetters(letters as unknown as string);
}

/** By ISO 639-1 code; Norwegian under all three of its codes. */
const STEMMERS: Readonly<Record<string, Stemmer>> = {
  ar: arabic,
  bg: bulgarian,
  da: danish,
  de: german,
  el: greek,
  es: spanish,
  fi: finnish,
  fr: french,
  ga: irish,
  hi: hindi,
  hu: hungarian,
  hy: armenian,
  id: indonesian,
  it: italian,
  lt: lithuanian,
  nb: norwegian,
  ne: nepali,
  nl: dutch,
  nn: norwegian,
  no: norwegian,
  pt: portuguese,
  ro: romanian,
  ru: russian,
  sr: serbian,
  sv: swedish,
  ta: tamil,
  tr: turkish,
  uk: ukrainian,
};

/** The languages other than English whose words the matcher stems, by ISO 639-1 code. */
export const STEMMED_LANGUAGES: readonly string[] = Object.keys(STEMMERS);

/** The stemmer for lower-cased words of a language (a primary subtag), or undefined when it has none. */
export function stemmerFor(code: string): Stemmer | undefined {
  return Object.hasOwn(STEMMERS, code) ? STEMMERS[code] : undefined;
}
