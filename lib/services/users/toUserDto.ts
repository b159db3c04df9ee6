import type { User } from "@/db/schema";
import type { UserDto } from "./userDto";

export function toUserDto(user: User): UserDto {
  const { id, email, displayName, role, active, lastLoginAt } = user;
  return { id, email, displayName, role, active, lastLoginAt };
}
