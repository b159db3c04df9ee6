import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { publicState } from "@/db/schema";
import { publicDataChanging } from "@/lib/core/requestState";

/**
 * Marks what readers see as changed (publish, retract, organisation details): caches of public pages compare this
 * number. Taken last in a transaction, after the rows the change touched, so it never joins a lock cycle.
 */
export async function bumpPublicGeneration(db: Queryable): Promise<void> {
  publicDataChanging();
  await db
    .insert(publicState)
    .values({ id: 1, generation: 2 })
    .onConflictDoUpdate({ target: publicState.id, set: { generation: sql`${publicState.generation} + 1`, changedAt: new Date() } });
}
