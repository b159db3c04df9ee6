import { eq, ne } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { MAX_DISPLAY_NAME_CHARACTERS } from "@/lib/domain/limits";
import { said } from "@/lib/core/zodWords";
import { ConflictError } from "@/lib/core/errors";
import { words } from "@/lib/core/serviceWords";

const nameSchema = z.strictObject({ displayName: z.string().trim().min(1, said("enterYourName")).max(MAX_DISPLAY_NAME_CHARACTERS, said("keepYourNameUnder", { max: MAX_DISPLAY_NAME_CHARACTERS })) });

/**
 * Changes the signed-in staff member's own display name (shown on claims, comments, published credits and the audit
 * log). Never to another account's name (compared without case or extra spaces): nobody signs comments or credits as a
 * colleague. An admin may still create two accounts of one name, for two people who share it.
 */
export const updateDisplayName = defineVerb({
  name: "updateDisplayName",
  permission: "account:self",
  input: nameSchema,
  audit: [{ action: "user.rename", entityType: "user", records: "both" }],
}, async (ctx, data, actor): Promise<{ displayName: string }> => {
  if (!actor) return data;
  return transaction(ctx, async (tx) => {
    const [before] = await tx.db.select({ displayName: users.displayName }).from(users).where(eq(users.id, actor.id)).for("update");
    // Compared here, not in SQL: lower() follows the database's locale, which may leave Cyrillic as it is. A newsroom's
    // staff is a few hundred names at most.
    const others = await tx.db.select({ displayName: users.displayName }).from(users).where(ne(users.id, actor.id));
    const wanted = comparable(data.displayName);
    if (others.some((other) => comparable(other.displayName) === wanted) && comparable(before?.displayName ?? "") !== wanted) {
      throw new ConflictError(words("nameTakenBySomeoneElse", { name: data.displayName }));
    }
    await tx.db.update(users).set({ displayName: data.displayName, updatedAt: new Date() }).where(eq(users.id, actor.id));
    await recordAudit(tx, { action: "user.rename", entityType: "user", entityId: actor.id, before, after: { displayName: data.displayName } });
    return { displayName: data.displayName };
  });
});

/** A name as names are compared: the same letters however typed (NFKC), lower case, one space between words. */
function comparable(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLocaleLowerCase("und");
}
