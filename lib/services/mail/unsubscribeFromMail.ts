import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { mailOptOuts } from "@/db/schema";
import { ValidationError } from "@/lib/core/errors";
import { defineVerb } from "../verb";
import { readUnsubscribeToken } from "./unsubscribeTokens";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const unsubscribeSchema = z.strictObject({ token: z.string(said("unsubscribeLinkIncomplete")).max(200) });

/**
 * The one-click unsubscribe of a notification mail (RFC 8058): the signed token in the mail names the person and
 * the kind, and is the whole authorization; it stops that kind of mail only (the in-app notifications stay). Saying
 * it twice is the same as once. One's own mail is not the newsroom's work: not audited.
 */
export const unsubscribeFromMail = defineVerb(
  // The signed token is the authorization. One's own mail, not the newsroom's work: not audited.
  { name: "unsubscribeFromMail", permission: "public", input: unsubscribeSchema, audit: [] },
  async (ctx, data): Promise<{ kind: string }> => {
    const named = readUnsubscribeToken(data.token);
    if (!named) throw new ValidationError(words("unsubscribeLinkInvalid"));
    if (named.kind === "digest") {
      // No more digests: the kinds gathered there are mailed no more (they stay on the desk).
      await ctx.db.update(mailOptOuts).set({ mode: "never" }).where(and(eq(mailOptOuts.userId, named.userId), eq(mailOptOuts.mode, "digest")));
    } else {
      await ctx.db
        .insert(mailOptOuts)
        .values({ userId: named.userId, kind: named.kind, mode: "never" })
        .onConflictDoUpdate({ target: [mailOptOuts.userId, mailOptOuts.kind], set: { mode: "never" } });
    }
    return { kind: named.kind };
  },
);
