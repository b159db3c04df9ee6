/** Where an account stands, in the admin's words. */
export type AccountState = "Invited" | "Waiting for a new password" | "Active" | "Deactivated";

/**
 * An account without a password that has never signed in was invited and has not yet chosen one; one that has
 * signed in before had its password reset. Either way it cannot sign in yet, so it is not shown as "Active".
 */
export function accountState(user: { active: boolean; hasPassword: boolean; lastLoginAt: Date | null }): AccountState {
  if (!user.active) return "Deactivated";
  if (user.hasPassword) return "Active";
  return user.lastLoginAt ? "Waiting for a new password" : "Invited";
}
