import { eq } from "drizzle-orm";
import { z } from "zod";
import { mailOptOuts } from "@/db/schema";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { MAILED_KINDS, type MailedKind } from "./unsubscribeTokens";
import { said } from "@/lib/core/zodWords";

const kinds = z.array(z.enum(MAILED_KINDS, said("chooseMailKinds"))).max(MAILED_KINDS.length);
const preferencesSchema = z.strictObject({
  /** The kinds mailed at all; the others stay in the app only. */
  mailed: kinds,
  /** Of those, the kinds gathered in the daily digest instead of mailed at once. */
  digest: kinds.optional(),
});

/**
 * The signed-in staff member chooses, for each kind of notification, whether it is mailed at once, gathered in a daily
 * digest, or not mailed (it stays in the app); it undoes a one-click unsubscribe too. Not audited: one's own mail.
 */
export const setMailPreferences = defineVerb(
  // One's own mail is not the newsroom's work: not audited.
  { name: "setMailPreferences", permission: "account:self", input: preferencesSchema, audit: [] },
  async (ctx, data, actor): Promise<{ mailed: string[]; digest: string[] }> => {
    const digest = (data.digest ?? []).filter((kind) => data.mailed.includes(kind));
    if (!actor) return { mailed: data.mailed, digest };
    const modeOf = (kind: MailedKind): "never" | "digest" | null => (!data.mailed.includes(kind) ? "never" : digest.includes(kind) ? "digest" : null);
    const rows = MAILED_KINDS.flatMap((kind): (typeof mailOptOuts.$inferInsert)[] => {
      const mode = modeOf(kind);
      return mode ? [{ userId: actor.id, kind, mode }] : [];
    });
    await transaction(ctx, async (tx) => {
      await tx.db.delete(mailOptOuts).where(eq(mailOptOuts.userId, actor.id));
      if (rows.length) await tx.db.insert(mailOptOuts).values(rows);
    });
    return { mailed: [...data.mailed], digest };
  },
);
