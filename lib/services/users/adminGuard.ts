import { asc, eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Actor, TxContext } from "@/lib/core/context";
import { ForbiddenError, ValidationError } from "@/lib/core/errors";
import { words } from "@/lib/core/serviceWords";

/**
 * For a change of someone's role or activation, inside its transaction: locks every admin's row, always in id
 * order (so two admins changing each other wait in line instead of deadlocking), then refuses the change when the
 * actor is no longer an active admin (another admin demoted them a moment ago), or when it would leave the newsroom
 * without an active admin. `staysAdmin`: whether the target is an active admin after the change.
 */
export async function guardAdmins(tx: TxContext, actor: Actor | null, targetId: string, staysAdmin: boolean): Promise<void> {
  const admins = await tx.db
    .select({ id: users.id, active: users.active })
    .from(users)
    .where(eq(users.role, "admin"))
    .orderBy(asc(users.id))
    .for("update");
  if (actor && !admins.some((admin) => admin.id === actor.id && admin.active)) throw new ForbiddenError();
  const target = admins.find((admin) => admin.id === targetId);
  if (!target?.active || staysAdmin) return;
  if (!admins.some((admin) => admin.active && admin.id !== targetId)) {
    throw new ValidationError(words("lastActiveAdmin"));
  }
}
