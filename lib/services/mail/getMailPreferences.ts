import { eq } from "drizzle-orm";
import { mailOptOuts } from "@/db/schema";
import { z } from "zod";
import { mailEnabled } from "@/lib/config";
import { defineVerb } from "../verb";
import type { MailPreferencesDto } from "./mailPreferencesDto";
import { MAILED_KINDS, MAILED_KIND_LABELS } from "./unsubscribeTokens";

/** The signed-in staff member's own mail: which kinds of notification they get by mail (all, until they say otherwise). */
export const getMailPreferences = defineVerb(
  { name: "getMailPreferences", permission: "account:self", input: z.void(), audit: [] },
  async (ctx, _input, actor): Promise<MailPreferencesDto | null> => {
    if (!actor) return null;
    const off = await ctx.db.select({ kind: mailOptOuts.kind }).from(mailOptOuts).where(eq(mailOptOuts.userId, actor.id));
    return {
      mailEnabled: mailEnabled(),
      kinds: MAILED_KINDS.map((kind) => ({ kind, label: MAILED_KIND_LABELS[kind], mailed: !off.some((row) => row.kind === kind) })),
    };
  },
);
