import { and, eq, gte, isNull, lt, notInArray, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { auditLog } from "@/db/schema";
import { endOfDayBound } from "@/lib/domain/dateBounds";
import { calendarDay } from "../fields";
import { said } from "@/lib/core/zodWords";

// The audit log's filters, shared by the page and the CSV export so both list exactly the same entries.

/** Attempts typed by someone not signed in (their entries hold the account they tried as actor). */
export const FAILED_ATTEMPT_ACTIONS = ["auth.sign_in_failed", "auth.two_factor_failed"] as const;

/** A search parameter as the page receives it; the schema decides what is acceptable. */
type Param = string | string[] | undefined;

export type AuditFilterQuery = {
  action?: Param;
  entityType?: Param;
  actor?: Param;
  from?: Param;
  to?: Param;
};

/** An empty form field means "no filter". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional());

const ACTION_MESSAGE = said("chooseActionList");
export const auditFilterShape = {
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
      .string(said("chooseOneEntityType"))
      .trim()
      .toLowerCase()
      .max(50, said("chooseEntityTypeList"))
      .regex(/^[a-z][a-z0-9_]*$/, said("chooseEntityTypeList")),
  ),
  actor: optional(z.union([z.literal("system"), z.uuid(said("choosePersonList"))], said("choosePersonList"))),
  from: optional(calendarDay),
  to: optional(calendarDay),
};

/** The from/to check, for a schema built on auditFilterShape. */
export function checkDateRange(value: { from?: string; to?: string }, context: z.RefinementCtx): void {
  if (value.from && value.to && value.from > value.to) {
    context.addIssue({ code: "custom", path: ["to"], message: said("endBeforeStart") });
  }
}

export type AuditFilters = {
  action?: string;
  entityType?: string;
  actor?: string;
  from?: string;
  to?: string;
};

/**
 * The SQL conditions of the filters: action exact, or a prefix ending in a dot or a bare word such as "claim";
 * entity type; actor ("system" for entries without one); from and to as whole UTC days, both included.
 */
export function auditFilterConditions(filters: AuditFilters): SQL[] {
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
  // A failed sign-in stores the targeted account as its actor; it was not that person's act, so it is not listed as theirs.
  else if (filters.actor) conditions.push(eq(auditLog.actorId, filters.actor), notInArray(auditLog.action, [...FAILED_ATTEMPT_ACTIONS]));
  if (filters.from) conditions.push(gte(auditLog.createdAt, new Date(`${filters.from}T00:00:00Z`)));
  const end = filters.to ? endOfDayBound(filters.to) : null;
  if (end) conditions.push(lt(auditLog.createdAt, end));
  return conditions;
}

/** All conditions together (undefined when there are none). */
export function auditWhere(filters: AuditFilters, ...more: (SQL | undefined)[]): SQL | undefined {
  return and(...auditFilterConditions(filters), ...more);
}
