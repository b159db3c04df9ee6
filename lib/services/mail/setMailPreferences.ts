import { and, eq, notInArray } from "drizzle-orm";
import { z } from "zod";
import { mailOptOuts } from "@/db/schema";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { MAILED_KINDS } from "./unsubscribeTokens";

const preferencesSchema = z.strictObject({
  mailed: z.array(z.enum(MAILED_KINDS, "Choose among the kinds of mail listed.")).max(MAILED_KINDS.length),
});

/**
 * The signed-in staff member chooses which kinds of notification they get by mail (the others stay in the app
 * only); it undoes a one-click unsubscribe too. One's own mail is not the newsroom's work: not audited.
 */
export const setMailPreferences = defineVerb(
  // One's own mail is not the newsroom's work: not audited.
  { name: "setMailPreferences", permission: "account:self", input: preferencesSchema, audit: [] },
  async (ctx, data, actor): Promise<{ mailed: string[] }> => {
    if (!actor) return { mailed: data.mailed };
    const off = MAILED_KINDS.filter((kind) => !data.mailed.includes(kind));
    await transaction(ctx, async (tx) => {
      const mine = eq(mailOptOuts.userId, actor.id);
      await tx.db.delete(mailOptOuts).where(and(mine, off.length ? notInArray(mailOptOuts.kind, off) : undefined));
      if (off.length) {
        await tx.db
          .insert(mailOptOuts)
          .values(off.map((kind) => ({ userId: actor.id, kind })))
          .onConflictDoNothing({ target: [mailOptOuts.userId, mailOptOuts.kind] });
      }
    });
    return { mailed: [...data.mailed] };
  },
);
