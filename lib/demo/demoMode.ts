import { config } from "@/lib/config";

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/domain/demoAccounts";

/** Demo mode: the embedded database by default, or FACTDESK_DEMO=1 (FACTDESK_DEMO=0 turns it off). */
export function isDemoMode(): boolean {
  return config().demo;
}
