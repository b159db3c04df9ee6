/** One audit entry as the admin's log shows it. `before`/`after` are the recorded JSON, untrusted for display. */
export type AuditEntryDto = {
  id: number;
  at: Date;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
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

/** What the filter controls offer: every action and entity type recorded so far, and every account. */
export type AuditFilterOptions = {
  actions: string[];
  entityTypes: string[];
  actors: { id: string; name: string }[];
};
