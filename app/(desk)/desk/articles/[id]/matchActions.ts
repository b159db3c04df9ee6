"use server";

// Thin server actions for "checked before?": each checks that its argument is an object and calls a service verb,
// which authorizes and parses the fields itself. Reading and deciding matches change nothing else on the page; copying into the review changes the claim,
// so that one refreshes the page.

import { refresh } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { copyMatchIntoReview } from "@/lib/services/archive/copyMatchIntoReview";
import { decideMatch } from "@/lib/services/archive/decideMatch";
import { getClaimMatches } from "@/lib/services/archive/getClaimMatches";
import type { Verb } from "@/lib/services/verb";
import { objectInput, readActionInput } from "@/lib/web/actionInput";
import { runAction, type ActionResult } from "@/lib/web/actionResult";

type In<V> = V extends Verb<infer I, unknown> ? I : never;

async function run<I, O>(verb: Verb<I, O>, input: I, message?: string): Promise<ActionResult<O>> {
  const read = readActionInput(objectInput<I>(), input);
  if (!read.ok) return read;
  return runAction(async () => verb(await getServiceContext(), read.data), message);
}

export async function loadClaimMatchesAction(input: In<typeof getClaimMatches>) {
  return run(getClaimMatches, input);
}

export async function decideMatchAction(input: In<typeof decideMatch>) {
  return run(decideMatch, input);
}

export async function copyMatchIntoReviewAction(input: In<typeof copyMatchIntoReview>) {
  const result = await run(copyMatchIntoReview, input, "Copied into the draft review. Check it, then save or send it for sign-off.");
  if (result.ok) refresh();
  return result;
}
