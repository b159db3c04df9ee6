import type { Role, User } from "@/db/schema";

export type { Role };

/** What the staff UI may see of an account: never the password hash. */
export type UserDto = Pick<User, "id" | "email" | "displayName" | "role" | "active" | "lastLoginAt">;
