import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { roleEnum, users, type Role } from "@/db/schema";
import { ValidationError } from "@/lib/core/errors";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { guardAdmins } from "./adminGuard";
import { changeUser } from "./changeUser";
import type { UserDto } from "./userDto";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const setRoleSchema = z.strictObject({ userId: z.uuid(said("unknownUser")), role: z.enum(roleEnum.enumValues, said("chooseRole")) });

/** Roles by what they may do: a change to a lower one takes rights away. */
const RANK: Record<Role, number> = { reviewer: 1, editor: 2, admin: 3 };

/**
 * Changes a user's role. A change to fewer rights ends their sessions (they sign in again with the new role); a
 * promotion reaches their open sessions on the next request. Never one's own admin role, and never the last active
 * admin's: of two admins demoting each other at once, one succeeds and the other is refused.
 */
export const setUserRole = defineVerb({
  name: "setUserRole",
  permission: "user:manage",
  input: setRoleSchema,
  audit: [{ action: "user.role", entityType: "user", records: "both" }],
}, async (ctx, data, actor): Promise<UserDto> => {
  if (actor && actor.id === data.userId && data.role !== "admin") {
    throw new ValidationError(words("cannotRemoveOwnAdmin"));
  }
  return transaction(ctx, async (tx) => {
    await guardAdmins(tx, actor, data.userId, data.role === "admin");
    const [target] = await tx.db.select({ role: users.role }).from(users).where(eq(users.id, data.userId));
    const demoted = target !== undefined && RANK[data.role] < RANK[target.role];
    return changeUser(tx, data.userId, "user.role", { role: data.role, ...(demoted ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}) });
  });
});
