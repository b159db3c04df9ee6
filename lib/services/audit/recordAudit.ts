import { auditLog } from "@/db/schema";
import type { TxContext } from "@/lib/core/context";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** Writes who changed what, inside the transaction that made the change: one entry, or several in one insert, in order. */
export async function recordAudit(tx: TxContext, entry: AuditEntry | readonly AuditEntry[]): Promise<void> {
  const entries = Array.isArray(entry) ? (entry as readonly AuditEntry[]) : [entry as AuditEntry];
  if (!entries.length) return;
  await tx.db.insert(auditLog).values(
    entries.map((e) => ({
      actorId: tx.actor?.id ?? null,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: e.before ?? null,
      after: e.after ?? null,
    })),
  );
}
