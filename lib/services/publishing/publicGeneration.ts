import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { TxContext } from "@/lib/core/context";
import { logFailure } from "@/lib/core/log";
import { config } from "@/lib/config";
import { publicDataChanging } from "@/lib/core/requestState";
import { publicState } from "@/db/schema";
import { enqueue } from "../outbox/outbox";
import { purgeKeys } from "./purgeKeys";

/**
 * Marks what readers see as changed (publish, retract, organisation details, rating scale): caches of public pages
 * compare this number. Taken last in a transaction, after the rows the change touched, so it never joins a lock
 * cycle. `keys` name the answers the change makes out of date (lib/domain/surrogateKeys.ts): shared caches are told
 * to drop them once the transaction has committed: at once, and through the outbox (written here, in the transaction),
 * which retries until every cache took it.
 */
export async function bumpPublicGeneration(tx: TxContext, keys: string[]): Promise<void> {
  publicDataChanging();
  await tx.db
    .insert(publicState)
    .values({ id: 1, generation: 2 })
    .onConflictDoUpdate({ target: publicState.id, set: { generation: sql`${publicState.generation} + 1`, changedAt: new Date() } });
  if (!keys.length || !config().purgeUrls.length) return;
  await enqueue(tx.db, [{ topic: "cache_purge", dedupeKey: `purge:${randomUUID()}`, payload: { keys } }]);
  tx.afterCommit?.push(() => void purgeKeys(keys).catch((error: unknown) => logFailure("purging the shared cache failed", error)));
}
