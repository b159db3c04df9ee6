"use server";

// Thin server actions for the desk's lists: each checks that its argument is an object, calls a service verb (which
// authorizes and parses the fields itself), and refreshes the list the editor is on.

import { refresh } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { assignClaims } from "@/lib/services/claims/assignClaims";
import type { Verb } from "@/lib/services/verb";
import { objectInput, readActionInput } from "@/lib/web/actionInput";
import { runAction } from "@/lib/web/actionResult";

type In<V> = V extends Verb<infer I, unknown> ? I : never;

export async function assignClaimsAction(input: In<typeof assignClaims>) {
  const read = readActionInput(objectInput<typeof input>(), input);
  if (!read.ok) return read;
  const result = await runAction(async () => assignClaims(await getServiceContext(), read.data));
  if (result.ok) refresh();
  return result;
}
