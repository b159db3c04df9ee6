import { and, asc, desc, gte, lt } from "drizzle-orm";
import { z } from "zod";
import { auditLog } from "@/db/schema";
import { defineVerb } from "../verb";
import type { AuditLogPage } from "./auditDto";
import { auditWordsIn, readableEntries, selectAuditRows } from "./auditEntries";
import { auditFilterConditions, auditFilterShape, checkDateRange, optional, type AuditFilterQuery } from "./auditFilters";
import { AUDIT_PAGE_SIZE } from "@/lib/domain/limits";
import { INTERFACE_LANGUAGES } from "@/lib/domain/interfaceLanguages";
import { said } from "@/lib/core/zodWords";

export type AuditLogQuery = AuditFilterQuery & { before?: string | string[] | number };

const CURSOR_MESSAGE = said("badAuditPageLink");

const auditQuerySchema = z
  .strictObject({
    ...auditFilterShape,
    before: optional(
      z.union(
        [
          z.string(CURSOR_MESSAGE).regex(/^[1-9]\d{0,14}$/, CURSOR_MESSAGE).transform(Number),
          z.number(CURSOR_MESSAGE).int(CURSOR_MESSAGE).positive(CURSOR_MESSAGE).max(Number.MAX_SAFE_INTEGER, CURSOR_MESSAGE),
        ],
        CURSOR_MESSAGE,
      ),
    ),
    // The interface language the entries are put in words in (English when not given).
    language: z.enum(INTERFACE_LANGUAGES, said("chooseAnInterfaceLanguage")).default("en"),
  })
  .superRefine(checkDateRange);

export type AuditLogFilters = z.output<typeof auditQuerySchema>;

/**
 * One page of the audit log, newest first, filtered by action (exact, or a prefix ending in a dot or a bare
 * word such as "claim"), entity type, actor ("system" for entries without one) and a range of UTC days, with
 * names in place of ids, in the words of `language`. Bad filters throw a ValidationError.
 */
export const listAuditLog = defineVerb({
  name: "listAuditLog",
  permission: "audit:read",
  input: auditQuerySchema,
  audit: [],
}, async (ctx, filters): Promise<AuditLogPage> => {
  const db = ctx.db;
  const matching = auditFilterConditions(filters);

  const rows = await selectAuditRows(db)
    .where(and(...matching, filters.before ? lt(auditLog.id, filters.before) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1);

  const entries = await readableEntries(db, rows.slice(0, AUDIT_PAGE_SIZE), auditWordsIn(filters.language));
  const nextCursor = rows.length > AUDIT_PAGE_SIZE ? (entries.at(-1)?.id ?? null) : null;

  let newer: AuditLogPage["newer"] = null;
  if (filters.before) {
    // The entries just above this page, oldest first: the page that shows them starts below the one after them.
    const above = await db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(...matching, gte(auditLog.id, filters.before)))
      .orderBy(asc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE + 1);
    if (above.length > 0) newer = { before: above[AUDIT_PAGE_SIZE]?.id ?? null };
  }
  return { entries, nextCursor, newer };
});
