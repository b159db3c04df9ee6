import { eq } from "drizzle-orm";
import { mailOptOuts } from "@/db/schema";
import { z } from "zod";
import { mailEnabled } from "@/lib/config";
import { DIGEST_HOUR_UTC } from "@/lib/domain/limits";
import { defineVerb } from "../verb";
import type { MailPreferencesDto } from "./mailPreferencesDto";
import { MAILED_KINDS } from "./unsubscribeTokens";

/** The signed-in staff member's own mail: which kinds of notification they get by mail (all, until they say otherwise). */
export const getMailPreferences = defineVerb(
  { name: "getMailPreferences", permission: "account:self", input: z.void(), audit: [] },
  async (ctx, _input, actor): Promise<MailPreferencesDto | null> => {
    if (!actor) return null;
    const rows = await ctx.db.select({ kind: mailOptOuts.kind, mode: mailOptOuts.mode }).from(mailOptOuts).where(eq(mailOptOuts.userId, actor.id));
    const modeOf = (kind: string) => rows.find((row) => row.kind === kind)?.mode;
    return {
      mailEnabled: mailEnabled(),
      kinds: MAILED_KINDS.map((kind) => ({ kind, mailed: modeOf(kind) !== "never", digest: modeOf(kind) === "digest" })),
      digestHourUtc: DIGEST_HOUR_UTC,
    };
  },
);
