import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { users, userTwoFactor } from "@/db/schema";
import { defineVerb } from "../verb";
import type { TwoFactorOverviewDto } from "./twoFactorDto";
import { twoFactorRequired } from "./twoFactorRows";

/** For admins: whether two-factor sign-in is required, and which staff members have it on. */
export const listTwoFactorEnrolments = defineVerb({
  name: "listTwoFactorEnrolments",
  permission: "security:manage",
  input: z.void(),
  audit: [],
}, async (ctx): Promise<TwoFactorOverviewDto> => {
  const rows = await ctx.db
    .select({
      id: users.id,
      displayName: users.displayName,
      email: users.email,
      role: users.role,
      active: users.active,
      enabledAt: userTwoFactor.enabledAt,
    })
    .from(users)
    .leftJoin(userTwoFactor, eq(userTwoFactor.userId, users.id))
    .orderBy(asc(users.displayName));
  return {
    required: await twoFactorRequired(ctx.db),
    members: rows.map((row) => ({ ...row, enabledAt: row.enabledAt?.toISOString() ?? null })),
  };
});
