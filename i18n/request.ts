// next-intl's configuration of each request (the plugin in next.config.js points here): its language and messages.
import { getRequestConfig } from "next-intl/server";
import { isInterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import { interfaceLanguageOfRequest } from "@/lib/web/interfaceLanguage";
import { CATALOGS } from "@/messages/catalogs";

export default getRequestConfig(async ({ locale: asked }) => {
  // A language named by the caller (`getTranslations({ locale })`: a message in the language just picked) wins.
  const locale = isInterfaceLanguage(asked) ? asked : await interfaceLanguageOfRequest();
  // Days and times rendered on the server are in UTC and say so where it matters (components/ui/LocalTime.tsx).
  return { locale, messages: CATALOGS[locale], timeZone: "UTC" };
});
