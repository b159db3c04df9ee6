import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { INTERFACE_LANGUAGES } from "@/lib/domain/interfaceLanguages";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { said } from "@/lib/core/zodWords";

const languageSchema = z.strictObject({
  /** "" leaves it to their browser's languages, then the newsroom's. */
  interfaceLanguage: z.union([z.literal(""), z.enum(INTERFACE_LANGUAGES)], said("chooseInterfaceLanguage")).transform((code) => code || null),
});

/** Sets the language of the signed-in staff member's own interface (pages, forms, the e-mails sent to them). */
export const setInterfaceLanguage = defineVerb({
  name: "setInterfaceLanguage",
  permission: "account:self",
  input: languageSchema,
  audit: [{ action: "user.interface_language", entityType: "user", records: "both" }],
}, async (ctx, data, actor): Promise<{ interfaceLanguage: string | null }> => {
  if (!actor) return data;
  return transaction(ctx, async (tx) => {
    const [before] = await tx.db.select({ interfaceLanguage: users.interfaceLanguage }).from(users).where(eq(users.id, actor.id)).for("update");
    await tx.db.update(users).set({ interfaceLanguage: data.interfaceLanguage, updatedAt: new Date() }).where(eq(users.id, actor.id));
    await recordAudit(tx, { action: "user.interface_language", entityType: "user", entityId: actor.id, before, after: data });
    return data;
  });
});
