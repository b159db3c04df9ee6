import { asc, sql } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { defineVerb } from "../verb";
import type { UserListItemDto } from "./userDto";

/** Every account, for the admin's user list, with whether it has a password yet (an invited person has none). */
export const listUsers = defineVerb({
  name: "listUsers",
  permission: "user:manage",
  input: z.void(),
  audit: [],
}, async (ctx): Promise<UserListItemDto[]> => {
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
