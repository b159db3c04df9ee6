import type { Queryable, Tx } from "@/db/client";
import type { Role } from "@/db/schema";

/**
 * A signed-in staff member. `sessionId` names the sign-in the request came with and `address` the client's address
 * (both absent outside requests); checks of a secret behind a session are throttled by that address.
 */
export type Actor = { id: string; role: Role; displayName: string; email: string; sessionId?: string; address?: string | null };

/**
 * Who is acting, and on which database: the pool, or an open transaction when verbs are composed (the demo seed,
 * a verb calling another). `system` is for the command line and the demo seed, which act without a signed-in user;
 * no request from a browser can produce it (the one request that acts as the system, the backup `npm run db:backup`
 * asks a running server for, carries the operator's token, which only the holder of the server's secret can make).
 */
export type ServiceContext = {
  actor: Actor | null;
  db: Queryable;
  system?: boolean;
  /**
   * A reader's request (getReaderContext): the verbs that read only published data (`reads: "published"`) may
   * answer it from the read replica (lib/core/publicReads.ts). Staff requests and transactions never do.
   */
  replicaReads?: true;
};

/** A context inside a transaction: everything it does commits or rolls back together. */
export type TxContext = ServiceContext & {
  db: Tx;
  inTransaction: true;
  /** Run once the outermost transaction has committed (not on rollback): side effects outside the database. */
  afterCommit?: (() => void)[];
};

export function systemContext(db: Queryable): ServiceContext {
  return { actor: null, db, system: true };
}

export function anonymousContext(db: Queryable): ServiceContext {
  return { actor: null, db };
}

export function actorContext(db: Queryable, actor: Actor | null): ServiceContext {
  return { actor, db };
}
