// Every interface language's messages, one JSON file per area of the app (messages/<language>/<area>.json). English is
// the reference: tests/unit/messageCatalogs.test.ts fails on a key missing from another language, a key no code uses,
// or a message whose placeholders differ from English.
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import arCommon from "./ar/common.json";
import arMail from "./ar/mail.json";
import arReader from "./ar/reader.json";
import arReview from "./ar/review.json";
import arWorkspace from "./ar/workspace.json";
import enCommon from "./en/common.json";
import enMail from "./en/mail.json";
import enReader from "./en/reader.json";
import enReview from "./en/review.json";
import enWorkspace from "./en/workspace.json";
import esCommon from "./es/common.json";
import esMail from "./es/mail.json";
import esReader from "./es/reader.json";
import esReview from "./es/review.json";
import esWorkspace from "./es/workspace.json";
import ukCommon from "./uk/common.json";
import ukMail from "./uk/mail.json";
import ukReader from "./uk/reader.json";
import ukReview from "./uk/review.json";
import ukWorkspace from "./uk/workspace.json";

export const CATALOGS = {
  en: { common: enCommon, mail: enMail, reader: enReader, review: enReview, workspace: enWorkspace },
  es: { common: esCommon, mail: esMail, reader: esReader, review: esReview, workspace: esWorkspace },
  uk: { common: ukCommon, mail: ukMail, reader: ukReader, review: ukReview, workspace: ukWorkspace },
  ar: { common: arCommon, mail: arMail, reader: arReader, review: arReview, workspace: arWorkspace },
} satisfies Record<InterfaceLanguage, unknown>;

export type Messages = (typeof CATALOGS)["en"];
