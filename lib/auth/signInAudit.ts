import { auditLog } from "@/db/schema";
import type { Queryable } from "@/db/client";

// Sign-in happens before there is an actor or a service context, so its audit entries are written here, on the
// same table the verbs write to. Never the password, never a typed code.

export type SignInAuditAction = "auth.sign_in" | "auth.sign_in_failed" | "auth.two_factor_failed" | "auth.confirm_identity_failed";

/** What proved a second factor: a code from the authenticator app, or a recovery code. */
export type SecondFactorMethod = "totp" | "recovery_code";

/** Why a second factor was refused. */
export type SecondFactorFailure = "wrong_code" | "replayed_code" | "wrong_recovery_code";

/** Why an attempt was refused, as the audit log records it (the log has words for each: admin.auditWords.values.reason). */
export type SignInFailure = "throttled" | "demo_account" | "unknown_account" | "wrong_password" | "inactive" | SecondFactorFailure;

/** What an entry records: where the attempt came from, and why it failed or how it was proved. */
export type SignInAuditDetails = {
  address: string | null;
  userAgent?: string;
  reason?: SignInFailure;
  sessionId?: string;
  method?: "password" | SecondFactorMethod;
};

/** One audit entry about a sign-in attempt on `userId` (null: no such account). */
export async function recordSignInAudit(
  db: Queryable,
  action: SignInAuditAction,
  userId: string | null,
  details: SignInAuditDetails,
): Promise<void> {
  await db.insert(auditLog).values({ actorId: userId, action, entityType: "user", entityId: userId ?? "unknown", after: details });
}
