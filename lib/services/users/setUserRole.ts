import { z } from "zod";
import { roleEnum } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { ValidationError } from "@/lib/core/errors";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import { changeUser } from "./changeUser";
import type { UserDto } from "./userDto";

const setRoleSchema = z.strictObject({ userId: z.uuid("Unknown user."), role: z.enum(roleEnum.enumValues, "Choose a role.") });

/** Changes a user's role; their open sessions pick it up on the next request. */
export const setUserRole = defineVerb("setUserRole", async (ctx, input: z.input<typeof setRoleSchema>): Promise<UserDto> => {
  const actor = await authorize(ctx, "user:manage");
  const data = parseInput(setRoleSchema, input);
  if (actor && actor.id === data.userId && data.role !== "admin") {
    throw new ValidationError("You cannot remove your own admin role. Ask another admin.");
  }
  return changeUser(ctx, data.userId, "user.role", { role: data.role });
});
