// Every interface language's messages, one JSON file per area of the app (messages/<language>/<area>.json). English is
// the reference: tests/unit/messageCatalogs.test.ts fails on a key missing from another language, a key no code uses,
// or a message whose placeholders differ from English.
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import arCommon from "./ar/common.json";
import enCommon from "./en/common.json";
import esCommon from "./es/common.json";
import ukCommon from "./uk/common.json";

export const CATALOGS = {
  en: { common: enCommon },
  es: { common: esCommon },
  uk: { common: ukCommon },
  ar: { common: arCommon },
} satisfies Record<InterfaceLanguage, unknown>;

export type Messages = (typeof CATALOGS)["en"];
