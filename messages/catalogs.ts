// Every interface language's messages, one JSON file per area of the app (messages/<language>/<area>.json). English is
// the reference: tests/unit/messageCatalogs.test.ts fails on a key missing from another language, a key no code uses,
// or a message whose placeholders differ from English.
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import arAuth from "./ar/auth.json";
import arCommon from "./ar/common.json";
import arDesk from "./ar/desk.json";
import enAuth from "./en/auth.json";
import enCommon from "./en/common.json";
import enDesk from "./en/desk.json";
import esAuth from "./es/auth.json";
import esCommon from "./es/common.json";
import esDesk from "./es/desk.json";
import ukAuth from "./uk/auth.json";
import ukCommon from "./uk/common.json";
import ukDesk from "./uk/desk.json";

export const CATALOGS = {
  en: { common: enCommon, desk: enDesk, auth: enAuth },
  es: { common: esCommon, desk: esDesk, auth: esAuth },
  uk: { common: ukCommon, desk: ukDesk, auth: ukAuth },
  ar: { common: arCommon, desk: arDesk, auth: arAuth },
} satisfies Record<InterfaceLanguage, unknown>;

export type Messages = (typeof CATALOGS)["en"];
