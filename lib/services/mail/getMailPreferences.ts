import { eq } from "drizzle-orm";
import { mailOptOuts } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { mailEnabled } from "@/lib/config";
import { defineVerb } from "../verb";
import type { MailPreferencesDto } from "./mailPreferencesDto";
import { MAILED_KINDS, MAILED_KIND_LABELS } from "./unsubscribeTokens";

/** The signed-in staff member's own mail: which kinds of notification they get by mail (all, until they say otherwise). */
export const getMailPreferences = defineVerb("getMailPreferences", async (ctx, _input: void): Promise<MailPreferencesDto | null> => {
  const actor = await authorize(ctx, "account:self");
  if (!actor) return null;
  const off = await ctx.db.select({ kind: mailOptOuts.kind }).from(mailOptOuts).where(eq(mailOptOuts.userId, actor.id));
  return {
    mailEnabled: mailEnabled(),
    kinds: MAILED_KINDS.map((kind) => ({ kind, label: MAILED_KIND_LABELS[kind], mailed: !off.some((row) => row.kind === kind) })),
  };
});
