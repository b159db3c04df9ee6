import { and, desc, lt } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "@/db/client";
import { auditLog } from "@/db/schema";
import { changeAsText } from "@/lib/domain/auditChanges";
import { csvRow } from "@/lib/domain/csv";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { auditWordsIn, readableEntries, selectAuditRows } from "./auditEntries";
import { auditFilterConditions, auditFilterShape, checkDateRange, type AuditFilters } from "./auditFilters";
import { recordAudit } from "./recordAudit";
import { AUDIT_EXPORT_PAGE_SIZE } from "@/lib/domain/limits";

const exportSchema = z.strictObject(auditFilterShape).superRefine(checkDateRange);

const HEADER = ["id", "time_utc", "actor", "actor_id", "action", "action_in_words", "entity_type", "entity_id", "entity", "change", "before_json", "after_json"];

export type AuditExport = {
  filename: string;
  /** The CSV, one chunk per page of rows read (the header first), newest first; `pageSize` is for tests. */
  chunks: (pageSize?: number) => AsyncGenerator<string>;
};

/**
 * The audit log's entries matching the page's filters, as CSV read page by page (keyset on id, never all at
 * once), in English whatever the admin's interface language (spreadsheets and scripts read its words). Admins only;
 * the export itself is audited (audit.export, with the filters used).
 */
export const exportAuditLog = defineVerb({
  name: "exportAuditLog",
  permission: "audit:read",
  input: exportSchema,
  audit: [{ action: "audit.export", entityType: "audit_log", records: "after" }],
}, async (ctx, filters): Promise<AuditExport> => {
  await transaction(ctx, (tx) => recordAudit(tx, { action: "audit.export", entityType: "audit_log", entityId: "audit_log", after: { filters } }));
  const db = ctx.db;
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
  return { filename: `factdesk-audit-log-${stamp}.csv`, chunks: (pageSize = AUDIT_EXPORT_PAGE_SIZE) => csvChunks(db, filters, pageSize) };
});

async function* csvChunks(db: Queryable, filters: AuditFilters, pageSize: number): AsyncGenerator<string> {
  yield csvRow(HEADER);
  const matching = auditFilterConditions(filters);
  const words = auditWordsIn("en");
  let before: number | null = null;
  for (;;) {
    const rows = await selectAuditRows(db)
      .where(and(...matching, before === null ? undefined : lt(auditLog.id, before)))
      .orderBy(desc(auditLog.id))
      .limit(pageSize);
    if (rows.length === 0) return;
    const entries = await readableEntries(db, rows, words);
    yield entries
      .map((entry, i) =>
        csvRow([
          entry.id,
          entry.at.toISOString(),
          entry.actorName,
          // The raw column, as stored (a failed sign-in's targeted account included): machines read it.
          rows[i]!.actorId,
          entry.action,
          entry.actionLabel,
          entry.entityType,
          entry.entityId,
          entry.entity.label,
          changeAsText(entry.change),
          entry.before === null ? "" : JSON.stringify(entry.before),
          entry.after === null ? "" : JSON.stringify(entry.after),
        ]),
      )
      .join("");
    if (rows.length < pageSize) return;
    before = rows.at(-1)!.id;
  }
}
