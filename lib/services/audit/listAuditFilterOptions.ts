import { asc } from "drizzle-orm";
import { z } from "zod";
import { auditLog, users } from "@/db/schema";
import { actionChoices, entityTypeInWords } from "@/lib/domain/auditWords";
import { defineVerb } from "../verb";
import type { AuditFilterOptions } from "./auditDto";

/** The choices for the audit log's filter controls: every known or recorded action in words, grouped. */
export const listAuditFilterOptions = defineVerb({
  name: "listAuditFilterOptions",
  permission: "audit:read",
  input: z.void(),
  audit: [],
}, async (ctx): Promise<AuditFilterOptions> => {
  const db = ctx.db;
  const [actions, entityTypes, actors] = await Promise.all([
    db.selectDistinct({ value: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)),
    db.selectDistinct({ value: auditLog.entityType }).from(auditLog).orderBy(asc(auditLog.entityType)),
    db.select({ id: users.id, name: users.displayName }).from(users).orderBy(asc(users.displayName)),
  ]);
  return { actions: actionChoices(actions.map((a) => a.value)), entityTypes: entityTypes.map((t) => ({ value: t.value, label: entityTypeInWords(t.value) })).sort((a, b) => a.label.localeCompare(b.label)), actors };
});
