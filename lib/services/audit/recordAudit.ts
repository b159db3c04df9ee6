import { auditLog } from "@/db/schema";
import type { TxContext } from "@/lib/core/context";
import { publishChanges, type ChangeRef } from "../live/publishChange";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/**
 * Writes who changed what, inside the transaction that made the change: one entry, or several in one insert, in order.
 * A change to an article, claim or comment is also sent to the desk's open pages when the transaction commits.
 */
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
  await publishChanges(tx, entries.map(changeRef).filter((ref): ref is ChangeRef => ref !== null));
}

/** What an entry changed, as the live event names it; a deleted claim or comment's row is gone, its entry says where it was. */
function changeRef(entry: AuditEntry): ChangeRef | null {
  const recorded = { ...fields(entry.before), ...fields(entry.after) };
  if (entry.entityType === "article") return { articleId: entry.entityId };
  if (entry.entityType === "claim") return { claimId: entry.entityId, articleId: stringOr(recorded.articleId) };
  if (entry.entityType === "comment") return { commentId: entry.entityId, claimId: stringOr(recorded.claimId) };
  return null;
}

function fields(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringOr(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
