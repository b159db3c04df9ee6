import { eq } from "drizzle-orm";
import { z } from "zod";
import { sessions } from "@/db/schema";
import { checkIdentity } from "@/lib/auth/identityCheck";
import { authorize } from "@/lib/auth/permissions";
import { UnauthenticatedError, ValidationError } from "@/lib/core/errors";
import { tooManyAttemptsMessage } from "@/lib/domain/signInDelays";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import { CONFIRMED_IDENTITY_MINUTES } from "./confirmedIdentity";
import { MAX_PASSWORD_LENGTH } from "@/lib/domain/passwordPolicy";

const confirmSchema = z.strictObject({
  password: z.string().min(1, "Enter your password.").max(MAX_PASSWORD_LENGTH, "Enter your password."),
  code: z.string().trim().max(40).default(""),
});

const WRONG_PASSWORD = "That is not your password.";
const WRONG_CODE = "That code did not work. Type the newest code from your app, or an unused recovery code.";

/**
 * Confirms that the person behind this session is the account's owner (password, and a code when they use
 * two-factor sign-in), so that for CONFIRMED_IDENTITY_MINUTES they may change how they sign in. Throttled and its
 * failures audited like signing in (lib/auth/identityCheck.ts).
 */
export const confirmIdentity = defineVerb("confirmIdentity", async (ctx, input: z.input<typeof confirmSchema>): Promise<{ until: string }> => {
  const actor = await authorize(ctx, "account:self");
  if (!actor?.sessionId) throw new UnauthenticatedError();
  const data = parseInput(confirmSchema, input);
  const checked = await checkIdentity(ctx.db, { userId: actor.id, address: actor.address }, data);
  if (!checked.ok) {
    if (checked.reason === "rate_limited") throw new ValidationError(tooManyAttemptsMessage(checked.retryAfterMs ?? 60_000));
    if (checked.reason === "busy") throw new ValidationError("Many people are signing in right now. Please try again in a moment.");
    if (checked.reason === "password") throw new ValidationError(WRONG_PASSWORD, { password: WRONG_PASSWORD });
    throw new ValidationError(WRONG_CODE, { code: WRONG_CODE });
  }
  const sessionId = actor.sessionId;
  return transaction(ctx, async (tx) => {
    const now = new Date();
    await tx.db.update(sessions).set({ reauthenticatedAt: now }).where(eq(sessions.id, sessionId));
    await recordAudit(tx, { action: "user.confirm_identity", entityType: "session", entityId: sessionId, after: { method: checked.method } });
    return { until: new Date(now.getTime() + CONFIRMED_IDENTITY_MINUTES * 60_000).toISOString() };
  });
});
