import { sql } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { endSignInChallenges } from "@/lib/auth/credentials";
import { ValidationError } from "@/lib/core/errors";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { guardAdmins } from "./adminGuard";
import { changeUser } from "./changeUser";
import { endUnusedLinks } from "./passwordLinks";
import type { UserDto } from "./userDto";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const setActiveSchema = z.strictObject({ userId: z.uuid(said("unknownUser")), active: z.boolean() });

/**
 * Deactivates (ending every session on its next request, and every unused set-password link, which reactivating
 * must not bring back) or reactivates an account. Never one's own, and never the last active admin.
 */
export const setUserActive = defineVerb({
  name: "setUserActive",
  permission: "user:manage",
  input: setActiveSchema,
  audit: [{ action: "user.deactivate", entityType: "user", records: "both" }],
}, async (ctx, data, actor): Promise<UserDto> => {
  if (actor && actor.id === data.userId && !data.active) {
    throw new ValidationError(words("cannotDeactivateOwnAccount"));
  }
  return transaction(ctx, async (tx) => {
    // Challenges first, as completing a sign-in deletes its challenge before it writes the user: one lock order.
    if (!data.active) await endSignInChallenges(tx.db, data.userId);
    await guardAdmins(tx, actor, data.userId, data.active);
    if (!data.active) await endUnusedLinks(tx.db, data.userId);
    return changeUser(tx, data.userId, data.active ? "user.activate" : "user.deactivate", {
      active: data.active,
      sessionVersion: sql`${users.sessionVersion} + 1`,
    });
  });
});
