// Message keys and languages checked by TypeScript: `t("common.nope")` or a language outside the list fails `tsc`.
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import type { Messages } from "@/messages/catalogs";

declare module "next-intl" {
  interface AppConfig {
    Locale: InterfaceLanguage;
    Messages: Messages;
  }
}
