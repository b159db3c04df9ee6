import { asc } from "drizzle-orm";
import { users } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { defineVerb } from "../verb";
import type { UserDto } from "./userDto";

/** Every account, for the admin's user list. */
export const listUsers = defineVerb("listUsers", async (ctx, _input: void): Promise<UserDto[]> => {
  await authorize(ctx, "user:manage");
  return ctx.db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      active: users.active,
      lastLoginAt: users.lastLoginAt,
    })
    .from(users)
    .orderBy(asc(users.displayName));
});
