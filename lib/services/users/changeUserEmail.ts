import { and, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { ConflictError, ValidationError } from "@/lib/core/errors";
import { isDemoAccount } from "@/lib/domain/demoAccounts";
import { transaction } from "../transaction";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import { changeUser } from "./changeUser";
import type { UserDto } from "./userDto";
import { MAX_EMAIL_CHARACTERS } from "@/lib/domain/limits";

const changeEmailSchema = z.strictObject({
  userId: z.uuid("Unknown user."),
  // Spaces around a pasted address are not part of it.
  email: z.string("Enter a valid email address.").trim().toLowerCase().max(MAX_EMAIL_CHARACTERS, "That address is too long.").pipe(z.email("Enter a valid email address.")),
});

/**
 * An admin changes the e-mail a person signs in with (their own included). Refused when another account uses that
 * address (compared without case). Their sessions go on: a session belongs to the account, whose password and
 * second factor are unchanged, and fixing a typo must not sign anyone out. An admin who fears the account is in
 * the wrong hands resets the password or deactivates it, which do end sessions.
 */
export const changeUserEmail = defineVerb("changeUserEmail", async (ctx, input: z.input<typeof changeEmailSchema>): Promise<UserDto> => {
  await authorize(ctx, "user:manage");
  const data = parseInput(changeEmailSchema, input);
  if (isDemoAccount(data.email) && !ctx.system) {
    throw new ValidationError("That address belongs to the demo newsroom. Choose another.", { email: "Choose an address outside the demo newsroom." });
  }
  return transaction(ctx, async (tx) => {
    const [taken] = await tx.db
      .select({ id: users.id, displayName: users.displayName })
      .from(users)
      .where(and(sql`lower(${users.email}) = ${data.email}`, ne(users.id, data.userId)))
      .limit(1);
    if (taken) {
      throw new ConflictError(`${taken.displayName} already signs in with ${data.email}. Each person needs an address of their own.`);
    }
    // Two admins giving the same address at once: the unique index refuses the second, as a ConflictError.
    return changeUser(tx, data.userId, "user.change_email", { email: data.email });
  });
});
