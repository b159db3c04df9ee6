import { asc, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { defineVerb } from "../verb";
import type { UserListItemDto } from "./userDto";

/** Every account, for the admin's user list, with whether it has a password yet (an invited person has none). */
export const listUsers = defineVerb("listUsers", async (ctx, _input: void): Promise<UserListItemDto[]> => {
  await authorize(ctx, "user:manage");
  return ctx.db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      active: users.active,
      lastLoginAt: users.lastLoginAt,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
    })
    .from(users)
    .orderBy(asc(users.displayName));
});
