/**
 * A one-time set-password link just issued: the token is shown once, to the admin who passes it on, and is kept
 * nowhere in plain text.
 */
export type PasswordLinkDto = { token: string; expiresAt: Date };

/** What the set-password page may say about a link before it is used. */
export type PasswordLinkStateDto =
  | { state: "valid"; email: string; displayName: string; expiresAt: Date }
  | { state: "used" | "replaced" | "expired" | "unknown" };
