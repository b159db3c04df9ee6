import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { MAX_DISPLAY_NAME_CHARACTERS } from "@/lib/domain/limits";
import { said } from "@/lib/core/zodWords";

const nameSchema = z.strictObject({ displayName: z.string().trim().min(1, said("enterYourName")).max(MAX_DISPLAY_NAME_CHARACTERS, said("keepYourNameUnder", { max: MAX_DISPLAY_NAME_CHARACTERS })) });

/** Changes the signed-in staff member's own display name (shown on claims, comments and the audit log). */
export const updateDisplayName = defineVerb({
  name: "updateDisplayName",
  permission: "account:self",
  input: nameSchema,
  audit: [{ action: "user.rename", entityType: "user", records: "both" }],
}, async (ctx, data, actor): Promise<{ displayName: string }> => {
  if (!actor) return data;
  return transaction(ctx, async (tx) => {
    const [before] = await tx.db.select({ displayName: users.displayName }).from(users).where(eq(users.id, actor.id)).for("update");
    await tx.db.update(users).set({ displayName: data.displayName, updatedAt: new Date() }).where(eq(users.id, actor.id));
    await recordAudit(tx, { action: "user.rename", entityType: "user", entityId: actor.id, before, after: { displayName: data.displayName } });
    return { displayName: data.displayName };
  });
});
