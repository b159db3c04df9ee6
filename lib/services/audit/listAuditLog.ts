import { and, asc, desc, eq, gte, isNull, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { auditLog, users } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import type { AuditLogPage } from "./auditDto";

export const AUDIT_PAGE_SIZE = 50;

/** A search parameter as the page receives it; the schema decides what is acceptable. */
type Param = string | string[] | undefined;

export type AuditLogQuery = {
  action?: Param;
  entityType?: Param;
  actor?: Param;
  before?: Param | number;
};

/** An empty form field means "no filter". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional());

const ACTION_MESSAGE = "Enter an action such as claim.review, or the start of one ending in a dot, such as claim.";

const CURSOR_MESSAGE = "That page link is not valid. Start again from the newest entries.";

const auditQuerySchema = z.strictObject({
  action: optional(
    z
      .string(ACTION_MESSAGE)
      .trim()
      .toLowerCase()
      .max(100, ACTION_MESSAGE)
      .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*\.?$/, ACTION_MESSAGE),
  ),
  entityType: optional(
    z
      .string("Choose one entity type from the list.")
      .trim()
      .toLowerCase()
      .max(50, "Choose an entity type from the list.")
      .regex(/^[a-z][a-z0-9_]*$/, "Choose an entity type from the list."),
  ),
  actor: optional(z.union([z.literal("system"), z.uuid("Choose a person from the list.")], "Choose a person from the list.")),
  before: optional(
    z.union(
      [
        z.string(CURSOR_MESSAGE).regex(/^[1-9]\d{0,14}$/, CURSOR_MESSAGE).transform(Number),
        z.number(CURSOR_MESSAGE).int(CURSOR_MESSAGE).positive(CURSOR_MESSAGE).max(Number.MAX_SAFE_INTEGER, CURSOR_MESSAGE),
      ],
      CURSOR_MESSAGE,
    ),
  ),
});

export type AuditLogFilters = z.output<typeof auditQuerySchema>;

/**
 * One page of the audit log, newest first, filtered by action (exact, or a prefix ending in a dot or a bare
 * word such as "claim"), entity type and actor ("system" for entries without one). Bad filters throw a ValidationError.
 */
export const listAuditLog = defineVerb("listAuditLog", async (ctx, input: AuditLogQuery): Promise<AuditLogPage> => {
  await authorize(ctx, "audit:read");
  const filters = parseInput(auditQuerySchema, input);
  const db = ctx.db;
  const matching = filterConditions(filters);

  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.createdAt,
      actorName: users.displayName,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...matching, filters.before ? lt(auditLog.id, filters.before) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1);

  const entries = rows.slice(0, AUDIT_PAGE_SIZE).map((row) => ({ ...row, actorName: row.actorName ?? "System" }));
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

function filterConditions(filters: AuditLogFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.action) {
    const { action } = filters;
    if (action.endsWith(".") || !action.includes(".")) {
      const prefix = action.endsWith(".") ? action : `${action}.`;
      conditions.push(sql`starts_with(${auditLog.action}, ${prefix})`);
    } else {
      conditions.push(eq(auditLog.action, action));
    }
  }
  if (filters.entityType) conditions.push(eq(auditLog.entityType, filters.entityType));
  if (filters.actor === "system") conditions.push(isNull(auditLog.actorId));
  else if (filters.actor) conditions.push(eq(auditLog.actorId, filters.actor));
  return conditions;
}
