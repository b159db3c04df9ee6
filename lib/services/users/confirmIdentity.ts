import { eq } from "drizzle-orm";
import { z } from "zod";
import { sessions } from "@/db/schema";
import { checkIdentity } from "@/lib/auth/identityCheck";
import { UnauthenticatedError, ValidationError } from "@/lib/core/errors";
import { tooManyAttempts } from "@/lib/domain/signInDelays";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { CONFIRMED_IDENTITY_MINUTES } from "./confirmedIdentity";
import { MAX_PASSWORD_LENGTH } from "@/lib/domain/passwordPolicy";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const confirmSchema = z.strictObject({
  password: z.string().min(1, said("enterYourPassword")).max(MAX_PASSWORD_LENGTH, said("enterYourPassword")),
  code: z.string().trim().max(40).default(""),
});

const WRONG_PASSWORD = words("wrongPassword");
const WRONG_CODE = words("wrongSignInCode");

/**
 * Confirms that the person behind this session is the account's owner (password, and a code when they use
 * two-factor sign-in), so that for CONFIRMED_IDENTITY_MINUTES they may change how they sign in. Throttled and its
 * failures audited like signing in (lib/auth/identityCheck.ts).
 */
export const confirmIdentity = defineVerb({
  name: "confirmIdentity",
  permission: "account:self",
  input: confirmSchema,
  audit: [{ action: "user.confirm_identity", entityType: "session", records: "after" }],
}, async (ctx, data, actor): Promise<{ until: string }> => {
  if (!actor?.sessionId) throw new UnauthenticatedError();
  const checked = await checkIdentity(ctx.db, { userId: actor.id, address: actor.address }, data);
  if (!checked.ok) {
    if (checked.reason === "rate_limited") throw new ValidationError(tooManyAttempts(checked.retryAfterMs ?? 60_000));
    if (checked.reason === "busy") throw new ValidationError(words("signInsBusy"));
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
