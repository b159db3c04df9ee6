"use server";

// Thin server actions for "checked before?": each checks that its argument is an object and calls a service verb,
// which authorizes and parses the fields itself. Reading and deciding matches change nothing else on the page; copying into the review changes the claim,
// so that one refreshes the page.

import { getTranslations } from "next-intl/server";
import { copyMatchIntoReview } from "@/lib/services/archive/copyMatchIntoReview";
import { decideMatch } from "@/lib/services/archive/decideMatch";
import { getClaimMatches } from "@/lib/services/archive/getClaimMatches";
import { runVerb, runVerbAndRefresh, type VerbInput } from "@/lib/web/verbAction";

export async function loadClaimMatchesAction(input: VerbInput<typeof getClaimMatches>) {
  return runVerb(getClaimMatches, input);
}

export async function decideMatchAction(input: VerbInput<typeof decideMatch>) {
  return runVerb(decideMatch, input);
}

export async function copyMatchIntoReviewAction(input: VerbInput<typeof copyMatchIntoReview>) {
  return runVerbAndRefresh(copyMatchIntoReview, input, (await getTranslations("review.actions"))("copiedIntoReview"));
}
