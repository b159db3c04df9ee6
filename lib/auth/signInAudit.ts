import { auditLog } from "@/db/schema";
import type { Queryable } from "@/db/client";

// Sign-in happens before there is an actor or a service context, so its audit entries are written here, on the
// same table the verbs write to. Never the password, never a typed code.

export type SignInAuditAction = "auth.sign_in" | "auth.sign_in_failed" | "auth.two_factor_failed" | "auth.confirm_identity_failed";

/** One audit entry about a sign-in attempt on `userId` (null: no such account). */
export async function recordSignInAudit(
  db: Queryable,
  action: SignInAuditAction,
  userId: string | null,
  details: Record<string, unknown>,
): Promise<void> {
  await db.insert(auditLog).values({ actorId: userId, action, entityType: "user", entityId: userId ?? "unknown", after: details });
}
