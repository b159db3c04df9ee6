// The demo newsroom's accounts share a password that the README and the demo's sign-in page publish. Outside demo
// mode they must never sign in, whatever the database holds (lib/auth/credentials.ts, lib/startup.ts).

export const DEMO_PASSWORD = "factdesk-demo";

export const DEMO_ACCOUNTS = [
  { email: "admin@factdesk.test", displayName: "Ada Admin", role: "admin" },
  { email: "editor@factdesk.test", displayName: "Eddie Editor", role: "editor" },
  { email: "reviewer@factdesk.test", displayName: "Rita Reviewer", role: "reviewer" },
] as const;

const DEMO_EMAILS: ReadonlySet<string> = new Set(DEMO_ACCOUNTS.map((account) => account.email));

/** Whether an email (any case, surrounding spaces) is one of the demo accounts'. */
export function isDemoAccount(email: string): boolean {
  return DEMO_EMAILS.has(email.trim().toLowerCase());
}
