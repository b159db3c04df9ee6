import { asc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import type { ServiceContext } from "../context";
import type { UserDto } from "./userDto";

/** Every account, for the admin's user list. */
export async function listUsers(ctx: ServiceContext): Promise<UserDto[]> {
  authorize(ctx, "user:manage");
  const db = await getDb();
  return db
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
}
