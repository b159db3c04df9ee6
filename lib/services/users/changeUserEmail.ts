import { and, eq, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { ConflictError, ValidationError } from "@/lib/core/errors";
import { isDemoAccount } from "@/lib/domain/demoAccounts";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { changeUser } from "./changeUser";
import { endUnusedLinks } from "./passwordLinks";
import type { UserDto } from "./userDto";
import { MAX_EMAIL_CHARACTERS } from "@/lib/domain/limits";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const changeEmailSchema = z.strictObject({
  userId: z.uuid(said("unknownUser")),
  // Spaces around a pasted address are not part of it.
  email: z.string(said("enterValidEmailAddress")).trim().toLowerCase().max(MAX_EMAIL_CHARACTERS, said("addressTooLong")).pipe(z.email(said("enterValidEmailAddress"))),
});

/**
 * An admin changes the e-mail a person signs in with (their own included). Refused when another account uses that
 * address (compared without case). Their sessions go on: a session belongs to the account, whose password and
 * second factor are unchanged, and fixing a typo must not sign anyone out. An admin who fears the account is in
 * the wrong hands resets the password or deactivates it, which do end sessions. An unused set-password link ends: it
 * was mailed to the old address (an invitation sent to a mistyped one must not let a stranger choose the password);
 * the admin sends a new one to the new address.
 */
export const changeUserEmail = defineVerb({
  name: "changeUserEmail",
  permission: "user:manage",
  input: changeEmailSchema,
  audit: [{ action: "user.change_email", entityType: "user", records: "both" }],
}, async (ctx, data): Promise<UserDto> => {
  if (isDemoAccount(data.email) && !ctx.system) {
    throw new ValidationError(words("demoAddress"), { email: words("chooseNonDemoAddress") });
  }
  return transaction(ctx, async (tx) => {
    const [taken] = await tx.db
      .select({ id: users.id, displayName: users.displayName })
      .from(users)
      .where(and(sql`lower(${users.email}) = ${data.email}`, ne(users.id, data.userId)))
      .limit(1);
    if (taken) {
      throw new ConflictError(words("emailTakenBy", { name: taken.displayName, email: data.email }));
    }
    // Two admins giving the same address at once: the unique index refuses the second, as a ConflictError.
    const [current] = await tx.db.select({ email: users.email }).from(users).where(eq(users.id, data.userId)).for("update");
    if (current && current.email.toLowerCase() !== data.email) await endUnusedLinks(tx.db, data.userId);
    return changeUser(tx, data.userId, "user.change_email", { email: data.email });
  });
});
