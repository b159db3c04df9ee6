import { asc } from "drizzle-orm";
import { auditLog, users } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { actionChoices, entityTypeInWords } from "@/lib/domain/auditWords";
import { defineVerb } from "../verb";
import type { AuditFilterOptions } from "./auditDto";

/** The choices for the audit log's filter controls: every known or recorded action in words, grouped. */
export const listAuditFilterOptions = defineVerb("listAuditFilterOptions", async (ctx, _input: void): Promise<AuditFilterOptions> => {
  await authorize(ctx, "audit:read");
  const db = ctx.db;
  const [actions, entityTypes, actors] = await Promise.all([
    db.selectDistinct({ value: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)),
    db.selectDistinct({ value: auditLog.entityType }).from(auditLog).orderBy(asc(auditLog.entityType)),
    db.select({ id: users.id, name: users.displayName }).from(users).orderBy(asc(users.displayName)),
  ]);
  return { actions: actionChoices(actions.map((a) => a.value)), entityTypes: entityTypes.map((t) => ({ value: t.value, label: entityTypeInWords(t.value) })).sort((a, b) => a.label.localeCompare(b.label)), actors };
});
