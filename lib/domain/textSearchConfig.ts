// Which Postgres text-search configuration (stemmer and stop words) reads text in a language.
import { SITE_LANGUAGE } from "./languages";

/**
 * The Snowball configurations that both drivers ship (`pg_ts_config` of Postgres 15 and of PGlite 0.5.16), by
 * ISO 639-1 code. Estonian came with Postgres 16; Ukrainian, Polish, Czech, Chinese and most others have none in
 * stock Postgres, so their words are matched as written ("simple").
 */
const SNOWBALL = {
  ar: "arabic",
  ca: "catalan",
  da: "danish",
  de: "german",
  el: "greek",
  en: "english",
  es: "spanish",
  eu: "basque",
  fi: "finnish",
  fr: "french",
  ga: "irish",
  hi: "hindi",
  hu: "hungarian",
  hy: "armenian",
  id: "indonesian",
  it: "italian",
  lt: "lithuanian",
  nb: "norwegian",
  ne: "nepali",
  nl: "dutch",
  nn: "norwegian",
  no: "norwegian",
  pt: "portuguese",
  ro: "romanian",
  ru: "russian",
  sr: "serbian",
  sv: "swedish",
  ta: "tamil",
  tr: "turkish",
  yi: "yiddish",
} as const;

export type TextSearchConfig = (typeof SNOWBALL)[keyof typeof SNOWBALL] | "simple";

/** The language codes that have a Snowball configuration of their own. */
export const SNOWBALL_LANGUAGES: readonly string[] = Object.keys(SNOWBALL);

/** Every configuration `textSearchConfig` can answer, each once. */
export const TEXT_SEARCH_CONFIGS: readonly TextSearchConfig[] = [...new Set<TextSearchConfig>([...Object.values(SNOWBALL), "simple"])];

/** The language subtag of a BCP 47 tag, lower-cased ("pt-BR" → "pt"); null when there is none. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/**
 * The configuration for text in `language` (an ISO 639-1 code or BCP 47 tag): its Snowball one, else "simple"
 * (words as written, lower-cased). An unknown language (null) is read as the site's, English, as every text was
 * before records had a language.
 */
export function textSearchConfig(language: string | null | undefined): TextSearchConfig {
  const code = primaryLanguage(language) ?? (language?.trim() ? null : SITE_LANGUAGE);
  return code && Object.hasOwn(SNOWBALL, code) ? SNOWBALL[code as keyof typeof SNOWBALL] : "simple";
}
