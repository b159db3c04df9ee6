import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import { MAX_DISPLAY_NAME_CHARACTERS } from "@/lib/domain/limits";

const nameSchema = z.strictObject({ displayName: z.string().trim().min(1, "Enter your name.").max(MAX_DISPLAY_NAME_CHARACTERS, `Keep your name under ${MAX_DISPLAY_NAME_CHARACTERS} characters.`) });

/** Changes the signed-in staff member's own display name (shown on claims, comments and the audit log). */
export const updateDisplayName = defineVerb("updateDisplayName", async (ctx, input: z.input<typeof nameSchema>): Promise<{ displayName: string }> => {
  const actor = await authorize(ctx, "account:self");
  const data = parseInput(nameSchema, input);
  if (!actor) return data;
  return transaction(ctx, async (tx) => {
    const [before] = await tx.db.select({ displayName: users.displayName }).from(users).where(eq(users.id, actor.id)).for("update");
    await tx.db.update(users).set({ displayName: data.displayName, updatedAt: new Date() }).where(eq(users.id, actor.id));
    await recordAudit(tx, { action: "user.rename", entityType: "user", entityId: actor.id, before, after: { displayName: data.displayName } });
    return { displayName: data.displayName };
  });
});
