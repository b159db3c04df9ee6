import { sql } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { authorize } from "@/lib/auth/permissions";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import { changeUser } from "./changeUser";
import type { UserDto } from "./userDto";

const resetSchema = z.strictObject({ userId: z.uuid("Unknown user.") });

/** Sets a new one-time password (returned once) and ends the user's sessions. */
export const resetUserPassword = defineVerb(
  "resetUserPassword",
  async (ctx, input: z.input<typeof resetSchema>): Promise<{ user: UserDto; password: string }> => {
    await authorize(ctx, "user:manage");
    const data = parseInput(resetSchema, input);
    const password = generatePassword();
    const user = await changeUser(ctx, data.userId, "user.reset_password", {
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
      sessionVersion: sql`${users.sessionVersion} + 1`,
    });
    return { user, password };
  },
);
