import type { Role, User } from "@/db/schema";

export type { Role };

/** What the staff UI may see of an account: never the password hash. */
export type UserDto = Pick<User, "id" | "email" | "displayName" | "role" | "active" | "lastLoginAt">;

/** An account in the admin's list: without a password, an invited person (or one whose password was reset). */
export type UserListItemDto = UserDto & { hasPassword: boolean };

