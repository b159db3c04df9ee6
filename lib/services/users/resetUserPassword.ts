import { sql } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { endSignInChallenges } from "@/lib/auth/credentials";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { changeUser } from "./changeUser";
import type { PasswordLinkDto } from "./passwordLinkDto";
import { issuePasswordLink } from "./passwordLinks";
import type { UserDto } from "./userDto";
import { said } from "@/lib/core/zodWords";

const resetSchema = z.strictObject({ userId: z.uuid(said("unknownUser")) });

/**
 * Ends the user's password and sessions and returns a new one-time set-password link (valid a day, replacing any
 * earlier one) for the admin to pass on.
 */
export const resetUserPassword = defineVerb(
  {
    name: "resetUserPassword",
    permission: "user:manage",
    input: resetSchema,
    audit: [{ action: "user.reset_password", entityType: "user", records: "both" }],
  },
  async (ctx, data, actor): Promise<{ user: UserDto; link: PasswordLinkDto }> => {
    return transaction(ctx, async (tx) => {
      // Challenges first, as completing a sign-in deletes its challenge before it writes the user: one lock order.
      await endSignInChallenges(tx.db, data.userId);
      const user = await changeUser(tx, data.userId, "user.reset_password", {
        passwordHash: null,
        sessionVersion: sql`${users.sessionVersion} + 1`,
      });
      return { user, link: await issuePasswordLink(tx.db, user.id, actor?.id ?? null) };
    });
  },
);
