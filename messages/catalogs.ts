// Every interface language's messages, one JSON file per area of the app (messages/<language>/<area>.json). English is
// the reference: tests/unit/messageCatalogs.test.ts fails on a key missing from another language, a key no code uses,
// or a message whose placeholders differ from English.
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import arAdmin from "./ar/admin.json";
import arAuth from "./ar/auth.json";
import arCommon from "./ar/common.json";
import arDesk from "./ar/desk.json";
import arErrors from "./ar/errors.json";
import arMail from "./ar/mail.json";
import arReader from "./ar/reader.json";
import arReview from "./ar/review.json";
import arWorkspace from "./ar/workspace.json";
import enAdmin from "./en/admin.json";
import enAuth from "./en/auth.json";
import enCommon from "./en/common.json";
import enDesk from "./en/desk.json";
import enErrors from "./en/errors.json";
import enMail from "./en/mail.json";
import enReader from "./en/reader.json";
import enReview from "./en/review.json";
import enWorkspace from "./en/workspace.json";
import esAdmin from "./es/admin.json";
import esAuth from "./es/auth.json";
import esCommon from "./es/common.json";
import esDesk from "./es/desk.json";
import esErrors from "./es/errors.json";
import esMail from "./es/mail.json";
import esReader from "./es/reader.json";
import esReview from "./es/review.json";
import esWorkspace from "./es/workspace.json";
import ukAdmin from "./uk/admin.json";
import ukAuth from "./uk/auth.json";
import ukCommon from "./uk/common.json";
import ukDesk from "./uk/desk.json";
import ukErrors from "./uk/errors.json";
import ukMail from "./uk/mail.json";
import ukReader from "./uk/reader.json";
import ukReview from "./uk/review.json";
import ukWorkspace from "./uk/workspace.json";

export const CATALOGS = {
  en: { admin: enAdmin, auth: enAuth, common: enCommon, desk: enDesk, errors: enErrors, mail: enMail, reader: enReader, review: enReview, workspace: enWorkspace },
  es: { admin: esAdmin, auth: esAuth, common: esCommon, desk: esDesk, errors: esErrors, mail: esMail, reader: esReader, review: esReview, workspace: esWorkspace },
  uk: { admin: ukAdmin, auth: ukAuth, common: ukCommon, desk: ukDesk, errors: ukErrors, mail: ukMail, reader: ukReader, review: ukReview, workspace: ukWorkspace },
  ar: { admin: arAdmin, auth: arAuth, common: arCommon, desk: arDesk, errors: arErrors, mail: arMail, reader: arReader, review: arReview, workspace: arWorkspace },
} satisfies Record<InterfaceLanguage, unknown>;

export type Messages = (typeof CATALOGS)["en"];
