import { config } from "@/lib/config";

export const DEMO_PASSWORD = "factdesk-demo";
export const DEMO_ACCOUNTS = [
  { email: "admin@factdesk.test", displayName: "Ada Admin", role: "admin" },
  { email: "editor@factdesk.test", displayName: "Eddie Editor", role: "editor" },
  { email: "reviewer@factdesk.test", displayName: "Rita Reviewer", role: "reviewer" },
] as const;

/** Demo mode: the embedded database by default, or FACTDESK_DEMO=1 (FACTDESK_DEMO=0 turns it off). */
export function isDemoMode(): boolean {
  return config().demo;
}
