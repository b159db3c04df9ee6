import type { User } from "@/db/schema";

/** What the staff UI may see of an account: never the password hash. */
export type UserDto = Pick<User, "id" | "email" | "displayName" | "role" | "active" | "lastLoginAt">;

export function toUserDto(user: User): UserDto {
  const { id, email, displayName, role, active, lastLoginAt } = user;
  return { id, email, displayName, role, active, lastLoginAt };
}

export const userColumns = {} as const;
