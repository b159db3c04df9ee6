import { auditLog } from "@/db/schema";
import type { TxContext } from "@/lib/core/context";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** Writes who changed what, inside the transaction that made the change. */
export async function recordAudit(tx: TxContext, entry: AuditEntry): Promise<void> {
  await tx.db.insert(auditLog).values({
    actorId: tx.actor?.id ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
