import { createTranslator } from "use-intl/core";
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import type { Translate } from "@/lib/domain/translate";
import { CATALOGS } from "@/messages/catalogs";

/**
 * A translator for words written outside a page's request (mails, the notification list): the messages under
 * `namespace` ("mail.sentence") in `language`.
 */
export function translatorFor(language: InterfaceLanguage, namespace: string): Translate {
  const t = createTranslator({ locale: language, messages: CATALOGS[language], namespace: namespace as never, timeZone: "UTC" });
  return (key, values) => (t as unknown as Translate)(key, values);
}
