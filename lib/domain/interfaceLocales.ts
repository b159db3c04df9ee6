// How each interface language writes days and lists, and names itself to Open Graph: the region it is written for.
import type { InterfaceLanguage } from "./interfaceLanguages";

/** The region each interface language is written for: British English (“3 May 2023”, “A, B and C”), Spain's Spanish, Ukraine's Ukrainian, Modern Standard Arabic. */
const REGIONAL: Record<InterfaceLanguage, { tag: string; openGraph: string }> = {
  en: { tag: "en-GB", openGraph: "en_GB" },
  es: { tag: "es-ES", openGraph: "es_ES" },
  uk: { tag: "uk-UA", openGraph: "uk_UA" },
  // Open Graph (Facebook's list) names Arabic without a region this way.
  ar: { tag: "ar", openGraph: "ar_AR" },
};

/** The BCP 47 tag that dates and lists in `language` are formatted with ("en-GB" for English). */
export function regionalTag(language: InterfaceLanguage): string {
  return REGIONAL[language].tag;
}

/** The `og:locale` of pages in `language` ("en_GB", "es_ES", "uk_UA", "ar_AR"). */
export function openGraphLocale(language: InterfaceLanguage): string {
  return REGIONAL[language].openGraph;
}

/** A day as the desk shows it ("6 Dec 2026", "6 груд. 2026 р." in the reader's language): due dates. */
export const DAY_IN_UTC = { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" } as const satisfies Intl.DateTimeFormatOptions;

/** A stored day (`YYYY-MM-DD`, a due date) as the moment it starts in UTC, to be written as a day in UTC. */
export function storedDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

const DAYS = new Map<InterfaceLanguage, Intl.DateTimeFormat>();

/** A day as readers of `language` write it (“3 May 2023”, “3 de mayo de 2023”), in UTC: the same on the server and in every browser. */
export function writtenDay(date: Date, language: InterfaceLanguage): string {
  let format = DAYS.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(regionalTag(language), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    DAYS.set(language, format);
  }
  return format.format(date);
}

/** Names or items as one phrase in `language`: “A, B and C” (`and`), or “1 False, 2 True” (`unit`, no conjunction in English). */
export function writtenList(items: readonly string[], language: InterfaceLanguage, type: "and" | "unit" = "and"): string {
  return new Intl.ListFormat(regionalTag(language), { type: type === "and" ? "conjunction" : "unit" }).format(items);
}
