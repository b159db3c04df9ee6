import type { ServiceContext, TxContext } from "@/lib/core/context";

/**
 * Runs `work` in one transaction (a savepoint when the context is already in one, so composed verbs commit or roll
 * back together). Inside, use only the given context: the outer database would wait on the transaction forever
 * on PGlite, whose queries run one at a time.
 */
export function transaction<T>(ctx: ServiceContext, work: (tx: TxContext) => Promise<T>): Promise<T> {
  return ctx.db.transaction((db) => work({ ...ctx, db }));
}
