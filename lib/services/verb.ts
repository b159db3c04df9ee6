import { PgTransaction } from "drizzle-orm/pg-core";
import type { z } from "zod";
import { auditLog } from "@/db/schema";
import { authorize, refusedAction, type Action } from "@/lib/auth/permissions";
import type { Actor, ServiceContext } from "@/lib/core/context";
import { toServiceError } from "@/lib/core/databaseErrors";
import { readPublished } from "@/lib/core/publicReads";
import { parseInput } from "./validation";

const VERB = Symbol.for("factdesk.verb");

/**
 * An audit entry a verb writes: which action, on what kind of entity, and which of before/after it records.
 * `each`: one such entry per entity the call acts on (a bulk verb), in the order the scenario names them.
 * `by: "entity"`: the entry names the entity as the one who acted (a public verb authorized by a token the entity
 * holds, like setting one's password through one's link), whoever is signed in.
 */
export type AuditSpec = { action: string; entityType: string; records: "before" | "after" | "both"; each?: true; by?: "entity" };

/** What a verb declares about itself: the registry (and so the authorization matrix and audit check) reads it. */
export type VerbDeclaration<S extends z.ZodType> = {
  /** The verb's name, as it is exported (and as its file is named). */
  name: string;
  /** The permission it checks before anything else, or "public" for what readers may see without signing in. */
  permission: Action | "public";
  /** Its input: parsed (unknown fields rejected) after the permission check and before the verb runs. */
  input: S;
  /** The audit entries one successful call writes; reads write none. */
  audit: AuditSpec[];
  /**
   * "published": it only reads what the public generation versions (published articles and claims, the organisation,
   * the rating scale), so a reader's request may answer it from the read replica once that has caught up
   * (lib/core/publicReads.ts). Only for public verbs that write nothing.
   */
  reads?: "published";
};

/** A verb's input as callers pass it: one that may be left out (undefined is valid) may be omitted. */
type CallInput<I> = undefined extends I ? I | void : I;

/** A service verb: `(ctx, input)`, authorizing, validating and writing its audit entry itself. */
export type Verb<I, O> = {
  (ctx: ServiceContext, input: I): Promise<O>;
  /** The verb's name, as it is exported and listed in the registry. */
  readonly verbName: string;
  readonly permission: Action | "public";
  readonly audit: readonly AuditSpec[];
};

/**
 * Declares a service verb. Every call first checks the declared permission with authorize() (the role check,
 * before any row is read or the input looked at), then parses the input with the declared schema, then runs
 * `run(ctx, data, actor)` with the parsed input and the actor as authorize() returned it (null for the system
 * context, and for a public verb). A verb whose permission depends on the row (a reviewer's own claim) authorizes
 * again in `run`, once the row is read: `authorize(tx, action, claim)`. A verb that `reads: "published"`, called with
 * a reader's context, runs on the database readPublished() picks: the read replica when it has caught up, else the
 * primary.
 *
 * Database failures leave it as the service's typed errors (a unique violation or a deadlock as a ConflictError, an
 * unreachable database as a DatabaseUnavailableError), so every caller gets the same answer. The mark lets the
 * registry test find every verb exported from lib/services.
 */
export function defineVerb<S extends z.ZodType, O>(
  declaration: VerbDeclaration<S>,
  run: (ctx: ServiceContext, data: z.output<S>, actor: Actor | null) => Promise<O>,
): Verb<CallInput<z.input<S>>, O> {
  const { name, permission, input: schema, reads } = declaration;
  if (reads === "published" && (permission !== "public" || declaration.audit.length > 0)) {
    throw new Error(`${name} reads published data from the read replica, so it must be public and write nothing`);
  }
  const verb = async (ctx: ServiceContext, input: unknown): Promise<O> => {
    try {
      const actor = permission === "public" ? null : await authorize(ctx, permission);
      const data = parseInput(schema, input);
      if (reads === "published" && ctx.replicaReads && !("inTransaction" in ctx)) {
        const { replicaReads: _, ...rest } = ctx;
        return await readPublished((db) => run({ ...rest, db }, data, actor));
      }
      return await run(ctx, data, actor);
    } catch (error) {
      await recordRefusal(ctx, name, error);
      throw toServiceError(error);
    }
  };
  Object.defineProperty(verb, "verbName", { value: name });
  Object.defineProperty(verb, "permission", { value: permission });
  Object.defineProperty(verb, "audit", { value: Object.freeze([...declaration.audit]) });
  Object.defineProperty(verb, VERB, { value: true });
  return verb as Verb<CallInput<z.input<S>>, O>;
}

/**
 * A signed-in staff member refused by authorize() leaves an `access.refused` entry. It is written here, after the
 * verb's transaction has rolled back, on the outer database; a verb called inside another verb's transaction
 * leaves it to the outermost verb (an entry written inside would roll back with it). Failing to write it must not
 * turn a refusal into a server error, so that failure is only logged.
 */
async function recordRefusal(ctx: ServiceContext, verbName: string, error: unknown): Promise<void> {
  const permission = refusedAction(error);
  if (!permission || !ctx.actor || ctx.system || ctx.db instanceof PgTransaction) return;
  try {
    await ctx.db.insert(auditLog).values({
      actorId: ctx.actor.id,
      action: "access.refused",
      entityType: "verb",
      entityId: verbName,
      after: { permission, reason: (error as Error).message },
    });
  } catch (failure) {
    console.error("factdesk: could not record a refused action:", failure);
  }
}

/** Whether a value was made by defineVerb. */
export function isVerb(value: unknown): value is Verb<never, unknown> {
  return typeof value === "function" && (value as unknown as Record<symbol, unknown>)[VERB] === true;
}
