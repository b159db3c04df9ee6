import { PgTransaction } from "drizzle-orm/pg-core";
import { auditLog } from "@/db/schema";
import { refusedAction } from "@/lib/auth/permissions";
import type { ServiceContext } from "@/lib/core/context";
import { toServiceError } from "@/lib/core/databaseErrors";

const VERB = Symbol.for("factdesk.verb");

/** A service verb: `(ctx, input)`, authorizing, validating and writing its audit entry itself. */
export type Verb<I, O> = {
  (ctx: ServiceContext, input: I): Promise<O>;
  /** The verb's name, as it is exported and listed in the registry. */
  readonly verbName: string;
};

/**
 * Declares a service verb. Database failures leave it as the service's typed errors (a unique violation or a
 * deadlock as a ConflictError, an unreachable database as a DatabaseUnavailableError), so every caller gets the
 * same answer. The mark lets the registry test find every verb exported from lib/services.
 */
export function defineVerb<I, O>(name: string, run: (ctx: ServiceContext, input: I) => Promise<O>): Verb<I, O> {
  const verb = async (ctx: ServiceContext, input: I): Promise<O> => {
    try {
      return await run(ctx, input);
    } catch (error) {
      await recordRefusal(ctx, name, error);
      throw toServiceError(error);
    }
  };
  Object.defineProperty(verb, "verbName", { value: name });
  Object.defineProperty(verb, VERB, { value: true });
  return verb as Verb<I, O>;
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
