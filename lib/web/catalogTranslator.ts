import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import { CATALOGS, type Messages } from "@/messages/catalogs";

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

const made = new Map<string, unknown>();

/**
 * The messages of `namespace` in `language`, for words written outside a page's render and outside the request's
 * next-intl configuration (the Atom feed, plain HTML answers), where the language is known but no page asks for it.
 */
export function catalogTranslator<const N extends Namespace>(language: InterfaceLanguage, namespace: N) {
  const key = `${language} ${namespace}`;
  let translator = made.get(key) as ReturnType<typeof createTranslator<Messages, N>> | undefined;
  if (!translator) {
    translator = createTranslator({ locale: language, messages: CATALOGS[language] as Messages, namespace, timeZone: "UTC" });
    made.set(key, translator);
  }
  return translator;
}
