import { eq } from "drizzle-orm";
import { z } from "zod";
import { twoFactorRecoveryCodes, users, userTwoFactor } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { authorize } from "@/lib/auth/permissions";
import { UnauthenticatedError, ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import { enrolmentOf, proveSecondFactor } from "./twoFactorRows";

const disableSchema = z.strictObject({
  code: z.string().trim().max(20).optional().default(""),
  password: z.string().max(1024).optional().default(""),
});

const NOT_PROVEN = "That code or password is not right. Enter a current code from your app, a recovery code, or your password.";

/** Turns one's own two-factor sign-in off; proven with a current code, a recovery code, or the password. */
export const disableTwoFactor = defineVerb("disableTwoFactor", async (ctx, input: z.input<typeof disableSchema>): Promise<void> => {
  const actor = await authorize(ctx, "account:self");
  if (!actor) throw new UnauthenticatedError();
  const data = parseInput(disableSchema, input);
  if (!data.code && !data.password) throw new ValidationError(NOT_PROVEN, { code: "Enter a code from your app, or your password." });
  // The password is checked before the transaction: hashing takes a while and needs no lock.
  let passwordOk = false;
  if (data.password) {
    const [row] = await ctx.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
    passwordOk = await verifyPassword(data.password, row?.passwordHash ?? null);
  }
  await transaction(ctx, async (tx) => {
    const enrolment = await enrolmentOf(tx.db, actor.id);
    if (!enrolment?.enabledAt) throw new ValidationError("Two-factor sign-in is not on for your account.");
    const proven = passwordOk || (data.code !== "" && (await proveSecondFactor(tx.db, actor.id, enrolment.secretEncrypted, data.code)));
    if (!proven) throw new ValidationError(NOT_PROVEN, { code: NOT_PROVEN });
    await tx.db.delete(userTwoFactor).where(eq(userTwoFactor.userId, actor.id));
    await tx.db.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, actor.id));
    await recordAudit(tx, {
      action: "user.two_factor_disable",
      entityType: "user",
      entityId: actor.id,
      before: { twoFactor: true, enabledAt: enrolment.enabledAt.toISOString() },
      after: { twoFactor: false, provenWith: passwordOk ? "password" : "code" },
    });
  });
});
