"use server";

// Thin server actions for the desk's lists: each only calls a service verb, which authorizes and parses the input
// itself, and refreshes the list the editor is on.

import { refresh } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { assignClaims } from "@/lib/services/claims/assignClaims";
import type { Verb } from "@/lib/services/verb";
import { runAction } from "@/lib/web/actionResult";

type In<V> = V extends Verb<infer I, unknown> ? I : never;

export async function assignClaimsAction(input: In<typeof assignClaims>) {
  const result = await runAction(async () => assignClaims(await getServiceContext(), input));
  if (result.ok) refresh();
  return result;
}
