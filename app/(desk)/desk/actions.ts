"use server";

// Thin server actions for the desk's lists: each checks that its argument is an object, calls a service verb (which
// authorizes and parses the fields itself), and refreshes the list the editor is on.

import { assignClaims } from "@/lib/services/claims/assignClaims";
import { runVerbAndRefresh, type VerbInput } from "@/lib/web/verbAction";

export async function assignClaimsAction(input: VerbInput<typeof assignClaims>) {
  return runVerbAndRefresh(assignClaims, input);
}
