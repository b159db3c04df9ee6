/**
 * A one-time set-password link just issued. `mailed`: it goes to the person by mail (SMTP_URL is set), and the
 * admin is not shown it; otherwise the token is shown once, to the admin who passes it on. The database keeps it
 * in plain text nowhere but in its mail's outbox message, until that is sent.
 */
export type PasswordLinkDto = { token: string; expiresAt: Date; mailed: boolean };

/** What the set-password page may say about a link before it is used. */
export type PasswordLinkStateDto =
  | { state: "valid"; email: string; displayName: string; expiresAt: Date }
  | { state: "used" | "replaced" | "expired" | "unknown" };
