import { getLocale } from "next-intl/server";
import { DEFAULT_INTERFACE_LANGUAGE, interfaceLanguageOr, type InterfaceLanguage } from "@/lib/domain/interfaceLanguages";

/**
 * The interface language of this request (i18n/request.ts picks it), for wording a service's error. Outside a request
 * (a script, a unit test) it is English.
 */
export async function errorLanguage(): Promise<InterfaceLanguage> {
  try {
    const locale = await getLocale();
    return interfaceLanguageOr(locale);
  } catch {
    return DEFAULT_INTERFACE_LANGUAGE;
  }
}
