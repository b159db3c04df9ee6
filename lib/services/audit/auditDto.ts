import type { AuditChangeSummary } from "@/lib/domain/auditChanges";

export type { AuditChangeSummary, AuditFieldChange, AuditValue } from "@/lib/domain/auditChanges";

/** What an entry is about, by name, with a link to it when it still exists. */
export type AuditEntityDto = { label: string; href: string | null };

/** One audit entry as the admin's log shows it: names instead of ids, the action in words, the change field by field. */
export type AuditEntryDto = {
  id: number;
  at: Date;
  actorId: string | null;
  actorName: string;
  action: string;
  actionLabel: string;
  entityType: string;
  /** The entity type in words ("Rating scale"). */
  entityTypeLabel: string;
  entityId: string;
  entity: AuditEntityDto;
  change: AuditChangeSummary;
  /** The recorded JSON, untrusted for display (the change above is its readable form). */
  before: unknown;
  after: unknown;
};

export type AuditLogPage = {
  entries: AuditEntryDto[];
  /** The `before` cursor of the next, older page; null on the last page. */
  nextCursor: number | null;
  /** Null when nothing newer matches; else the `before` cursor of the page just above (null: the newest page). */
  newer: { before: number | null } | null;
};

/** What the filter controls offer: every action (known or recorded so far) in words, entity types and accounts. */
export type AuditFilterOptions = {
  actions: { group: string; label: string; actions: { value: string; label: string }[] }[];
  entityTypes: { value: string; label: string }[];
  actors: { id: string; name: string }[];
};
