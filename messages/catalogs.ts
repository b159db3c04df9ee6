// Every interface language's messages, one JSON file per area of the app (messages/<language>/<area>.json). English is
// the reference: tests/unit/messageCatalogs.test.ts fails on a key missing from another language, a key no code uses,
// or a message whose placeholders differ from English.
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import arCommon from "./ar/common.json";
import arReader from "./ar/reader.json";
import enCommon from "./en/common.json";
import enReader from "./en/reader.json";
import esCommon from "./es/common.json";
import esReader from "./es/reader.json";
import ukCommon from "./uk/common.json";
import ukReader from "./uk/reader.json";

export const CATALOGS = {
  en: { common: enCommon, reader: enReader },
  es: { common: esCommon, reader: esReader },
  uk: { common: ukCommon, reader: ukReader },
  ar: { common: arCommon, reader: arReader },
} satisfies Record<InterfaceLanguage, unknown>;

export type Messages = (typeof CATALOGS)["en"];
