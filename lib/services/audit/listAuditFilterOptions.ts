import { asc } from "drizzle-orm";
import { z } from "zod";
import { auditLog, users } from "@/db/schema";
import { actionChoices, entityTypeInWords } from "@/lib/domain/auditWords";
import { INTERFACE_LANGUAGES } from "@/lib/domain/interfaceLanguages";
import { defineVerb } from "../verb";
import type { AuditFilterOptions } from "./auditDto";
import { auditWordsIn } from "./auditEntries";
import { said } from "@/lib/core/zodWords";

/** The interface language the choices are put in words in (English when not given). */
const optionsSchema = z.strictObject({ language: z.enum(INTERFACE_LANGUAGES, said("chooseAnInterfaceLanguage")).optional() }).optional();

/** The choices for the audit log's filter controls: every known or recorded action in words, grouped. */
export const listAuditFilterOptions = defineVerb({
  name: "listAuditFilterOptions",
  permission: "audit:read",
  input: optionsSchema,
  audit: [],
}, async (ctx, input): Promise<AuditFilterOptions> => {
  const db = ctx.db;
  const words = auditWordsIn(input?.language ?? "en");
  const [actions, entityTypes, actors] = await Promise.all([
    db.selectDistinct({ value: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)),
    db.selectDistinct({ value: auditLog.entityType }).from(auditLog).orderBy(asc(auditLog.entityType)),
    db.select({ id: users.id, name: users.displayName }).from(users).orderBy(asc(users.displayName)),
  ]);
  return {
    actions: actionChoices(actions.map((a) => a.value), words),
    entityTypes: entityTypes.map((t) => ({ value: t.value, label: entityTypeInWords(t.value, words) })).sort((a, b) => a.label.localeCompare(b.label)),
    actors,
  };
});
