// Every interface language's messages, one JSON file per area of the app (messages/<language>/<area>.json). English is
// the reference: tests/unit/messageCatalogs.test.ts fails on a key missing from another language, a key no code uses,
// or a message whose placeholders differ from English.
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import arAdmin from "./ar/admin.json";
import arCommon from "./ar/common.json";
import enAdmin from "./en/admin.json";
import enCommon from "./en/common.json";
import esAdmin from "./es/admin.json";
import esCommon from "./es/common.json";
import ukAdmin from "./uk/admin.json";
import ukCommon from "./uk/common.json";

export const CATALOGS = {
  en: { common: enCommon, admin: enAdmin },
  es: { common: esCommon, admin: esAdmin },
  uk: { common: ukCommon, admin: ukAdmin },
  ar: { common: arCommon, admin: arAdmin },
} satisfies Record<InterfaceLanguage, unknown>;

export type Messages = (typeof CATALOGS)["en"];
