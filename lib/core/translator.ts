import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import type { Translate } from "@/lib/domain/translate";
import { CATALOGS, type Messages } from "@/messages/catalogs";

// Words written outside a page's render, where the language is known but no page's request asks for it: mails, the
// notification list, the Atom feed, plain HTML answers.

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

const made = new Map<string, unknown>();

/** The messages of `namespace` in `language`, with their keys checked by TypeScript. */
export function catalogTranslator<const N extends Namespace>(language: InterfaceLanguage, namespace: N) {
  const key = `${language} ${namespace}`;
  let translator = made.get(key) as ReturnType<typeof createTranslator<Messages, N>> | undefined;
  if (!translator) {
    translator = createTranslator({ locale: language, messages: CATALOGS[language] as Messages, namespace, timeZone: "UTC" });
    made.set(key, translator);
  }
  return translator;
}

/** The same, as the plain function pure code takes (lib/domain/translate.ts). */
export function translatorFor(language: InterfaceLanguage, namespace: Namespace): Translate {
  const t = catalogTranslator(language, namespace) as unknown as Translate;
  return (key, values) => t(key, values);
}
