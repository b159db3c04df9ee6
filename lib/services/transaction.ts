import type { ServiceContext, TxContext } from "@/lib/core/context";
import { publicChangeSettled } from "@/lib/core/requestState";

/**
 * Runs `work` in one transaction (a savepoint when the context is already in one, so composed verbs commit or roll
 * back together). Inside, use only the given context: the outer database would wait on the transaction forever
 * on PGlite, whose queries run one at a time. What a verb registers in `afterCommit` runs once the outermost
 * transaction has committed.
 */
export async function transaction<T>(ctx: ServiceContext, work: (tx: TxContext) => Promise<T>): Promise<T> {
  if ("inTransaction" in ctx) return ctx.db.transaction((db) => work({ ...ctx, db, inTransaction: true }));
  // Savepoints share the outermost transaction's list (spread with the context).
  const afterCommit: (() => void)[] = [];
  try {
    const result = await ctx.db.transaction((db) => work({ ...ctx, db, inTransaction: true, afterCommit }));
    for (const run of afterCommit) run();
    return result;
  } finally {
    // Committed or rolled back: a change to what readers see is now settled (lib/core/requestState.ts).
    publicChangeSettled();
  }
}
