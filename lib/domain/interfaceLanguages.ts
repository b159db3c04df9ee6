// The languages Factdesk's own words (pages, forms, e-mails) are written in, and how a request's is chosen.
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";

/** Every language the interface is translated into (messages/<code>/), English first: the fallback of every choice. */
export const INTERFACE_LANGUAGES = ["en", "es", "uk", "ar"] as const;

export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

export const DEFAULT_INTERFACE_LANGUAGE: InterfaceLanguage = "en";

/** Each language's name in itself, as a person looking for their own would read it. */
export const INTERFACE_LANGUAGE_NAMES: Record<InterfaceLanguage, string> = {
  en: "English",
  es: "Español",
  uk: "Українська",
  ar: "العربية",
};

export function isInterfaceLanguage(code: unknown): code is InterfaceLanguage {
  return typeof code === "string" && (INTERFACE_LANGUAGES as readonly string[]).includes(code);
}

/** `code` when it is an interface language (a stored or asked one may not be), else the default. */
export function interfaceLanguageOr(code: unknown): InterfaceLanguage {
  return isInterfaceLanguage(code) ? code : DEFAULT_INTERFACE_LANGUAGE;
}

/**
 * The interface language an `Accept-Language` header asks for among the available ones (the best match by the
 * header's weights: "es-MX" gets Spanish, "pt;q=1, uk;q=0.5" Ukrainian), else `fallback`.
 */
export function negotiateInterfaceLanguage(acceptLanguage: string | null | undefined, fallback: InterfaceLanguage): InterfaceLanguage {
  if (!acceptLanguage) return fallback;
  const asked = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages().filter((tag) => tag !== "*");
  if (asked.length === 0) return fallback;
  try {
    const chosen = match(asked, INTERFACE_LANGUAGES, fallback);
    return isInterfaceLanguage(chosen) ? chosen : fallback;
  } catch {
    // A tag Intl cannot canonicalise ("x-klingon-"): the header is ignored rather than failing the page.
    return fallback;
  }
}
