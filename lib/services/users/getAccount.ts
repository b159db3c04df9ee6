import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { isInterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import { sessions, users } from "@/db/schema";
import { defineVerb } from "../verb";
import { enrolmentOf } from "../twoFactor/twoFactorRows";
import type { AccountDto } from "./accountDto";
import { identityConfirmedUntil } from "./confirmedIdentity";

/** How many recent sign-ins the account page lists. */
export const RECENT_SIGN_INS = 10;

/** The signed-in staff member's own account and their recent sign-ins (time, browser, address). */
export const getAccount = defineVerb({
  name: "getAccount",
  permission: "account:self",
  input: z.void(),
  audit: [],
}, async (ctx, _input, actor): Promise<AccountDto | null> => {
  if (!actor) return null;
  const [user] = await ctx.db
    .select({ id: users.id, email: users.email, displayName: users.displayName, role: users.role, sessionVersion: users.sessionVersion, interfaceLanguage: users.interfaceLanguage })
    .from(users)
    .where(eq(users.id, actor.id));
  const rows = await ctx.db
    .select()
    .from(sessions)
    .where(eq(sessions.userId, actor.id))
    .orderBy(desc(sessions.createdAt))
    .limit(RECENT_SIGN_INS);
  const now = Date.now();
  const enrolment = await enrolmentOf(ctx.db, actor.id);
  const confirmedUntil = await identityConfirmedUntil(ctx.db, actor);
  return {
    id: user!.id,
    email: user!.email,
    displayName: user!.displayName,
    role: user!.role,
    interfaceLanguage: isInterfaceLanguage(user!.interfaceLanguage) ? user!.interfaceLanguage : null,
    twoFactor: Boolean(enrolment?.enabledAt),
    identityConfirmedUntil: confirmedUntil?.toISOString() ?? null,
    signIns: rows.map((row) => ({
      id: row.id,
      signedInAt: row.createdAt,
      userAgent: row.userAgent,
      ipAddress: row.ipAddress,
      current: row.id === actor.sessionId,
      ended: row.revokedAt !== null || row.expiresAt.getTime() <= now,
    })),
  };
});
