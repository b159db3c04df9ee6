import { and, count, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { twoFactorRecoveryCodes } from "@/db/schema";
import { identityConfirmedUntil } from "../users/confirmedIdentity";
import { defineVerb } from "../verb";
import type { TwoFactorStatusDto } from "./twoFactorDto";
import { enrolmentOf, twoFactorRequired } from "./twoFactorRows";

/** The signed-in staff member's own two-factor sign-in: on or off, and how many recovery codes are left. */
export const getTwoFactorStatus = defineVerb({
  name: "getTwoFactorStatus",
  permission: "account:self",
  input: z.void(),
  audit: [],
}, async (ctx, _input, actor): Promise<TwoFactorStatusDto> => {
  const required = await twoFactorRequired(ctx.db);
  if (!actor) return { enabled: false, enabledAt: null, recoveryCodesLeft: 0, required, identityConfirmedUntil: null };
  const enrolment = await enrolmentOf(ctx.db, actor.id);
  const [left] = await ctx.db
    .select({ n: count() })
    .from(twoFactorRecoveryCodes)
    .where(and(eq(twoFactorRecoveryCodes.userId, actor.id), isNull(twoFactorRecoveryCodes.usedAt)));
  const enabledAt = enrolment?.enabledAt ?? null;
  const confirmedUntil = await identityConfirmedUntil(ctx.db, actor);
  return {
    enabled: enabledAt !== null,
    enabledAt: enabledAt?.toISOString() ?? null,
    recoveryCodesLeft: enabledAt ? (left?.n ?? 0) : 0,
    required,
    identityConfirmedUntil: confirmedUntil?.toISOString() ?? null,
  };
});
