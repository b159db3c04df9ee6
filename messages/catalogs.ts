// Every interface language's messages, one JSON file per area of the app (messages/<language>/<area>.json). English is
// the reference: tests/unit/messageCatalogs.test.ts fails on a key missing from another language, a key no code uses,
// or a message whose placeholders differ from English.
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import arCommon from "./ar/common.json";
import arReview from "./ar/review.json";
import enCommon from "./en/common.json";
import enReview from "./en/review.json";
import esCommon from "./es/common.json";
import esReview from "./es/review.json";
import ukCommon from "./uk/common.json";
import ukReview from "./uk/review.json";

export const CATALOGS = {
  en: { common: enCommon, review: enReview },
  es: { common: esCommon, review: esReview },
  uk: { common: ukCommon, review: ukReview },
  ar: { common: arCommon, review: arReview },
} satisfies Record<InterfaceLanguage, unknown>;

export type Messages = (typeof CATALOGS)["en"];
