"use server";

// Thin server actions for the claim workspace: each one checks that its argument is an object (the verb authorizes
// the actor and parses the fields itself), calls the verb, and refreshes the page the editor is on.

import { refresh } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { acceptSuggestions } from "@/lib/services/claims/acceptSuggestions";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { deleteClaim } from "@/lib/services/claims/deleteClaim";
import { dismissClaim } from "@/lib/services/claims/dismissClaim";
import { editClaim } from "@/lib/services/claims/editClaim";
import { getClaimHistory } from "@/lib/services/claims/getClaimHistory";
import { mergeClaims } from "@/lib/services/claims/mergeClaims";
import { moveClaimAnchor } from "@/lib/services/claims/moveClaimAnchor";
import { restoreClaim } from "@/lib/services/claims/restoreClaim";
import { returnClaim } from "@/lib/services/claims/returnClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { splitClaim } from "@/lib/services/claims/splitClaim";
import { reviseArticleText } from "@/lib/services/articles/reviseArticleText";
import { updateArticleDetails } from "@/lib/services/articles/updateArticleDetails";
import { previewPublication } from "@/lib/services/publishing/previewPublication";
import { publishArticle } from "@/lib/services/publishing/publishArticle";
import { retractArticle } from "@/lib/services/publishing/retractArticle";
import type { Verb } from "@/lib/services/verb";
import { objectInput, readActionInput, stringInput } from "@/lib/web/actionInput";
import { runAction, type ActionResult } from "@/lib/web/actionResult";

async function run<I, O>(verb: Verb<I, O>, input: I, message?: string): Promise<ActionResult<O>> {
  const read = readActionInput(objectInput<I>(), input);
  if (!read.ok) return read;
  const result = await runAction(async () => verb(await getServiceContext(), read.data), message);
  if (result.ok) refresh();
  return result;
}

type In<V> = V extends Verb<infer I, unknown> ? I : never;

export async function createClaimAction(input: In<typeof createClaim>) {
  return run(createClaim, input, "Claim created.");
}

export async function acceptSuggestionsAction(input: In<typeof acceptSuggestions>) {
  return run(acceptSuggestions, input);
}

export async function editClaimAction(input: In<typeof editClaim>) {
  return run(editClaim, input, "Claim saved.");
}

export async function deleteClaimAction(input: In<typeof deleteClaim>) {
  return run(deleteClaim, input, "Claim deleted.");
}

export async function mergeClaimsAction(input: In<typeof mergeClaims>) {
  return run(mergeClaims, input, "Claims merged.");
}

export async function splitClaimAction(input: In<typeof splitClaim>) {
  return run(splitClaim, input, "Claim split in two.");
}

export async function moveClaimAnchorAction(input: In<typeof moveClaimAnchor>) {
  return run(moveClaimAnchor, input, "Claim's place in the text confirmed.");
}

export async function assignReviewerAction(input: In<typeof assignReviewer>) {
  return run(assignReviewer, input, "Reviewer assigned.");
}

export async function reviewClaimAction(input: In<typeof reviewClaim>) {
  return run(reviewClaim, input, "Review saved.");
}

export async function signOffClaimAction(input: In<typeof signOffClaim>) {
  return run(signOffClaim, input, "Verdict signed off.");
}

export async function returnClaimAction(input: In<typeof returnClaim>) {
  return run(returnClaim, input);
}

export async function dismissClaimAction(input: In<typeof dismissClaim>) {
  return run(dismissClaim, input);
}

export async function restoreClaimAction(input: In<typeof restoreClaim>) {
  return run(restoreClaim, input);
}

/** Reads a claim's history for the editor panel; changes nothing, so nothing is refreshed. */
export async function loadClaimHistoryAction(claimId: In<typeof getClaimHistory>) {
  const read = readActionInput(stringInput, claimId);
  if (!read.ok) return read;
  return runAction(async () => getClaimHistory(await getServiceContext(), read.data));
}

export async function reviseArticleTextAction(input: In<typeof reviseArticleText>) {
  return run(reviseArticleText, input);
}

export async function updateArticleDetailsAction(input: In<typeof updateArticleDetails>) {
  return run(updateArticleDetails, input, "Details saved.");
}

export async function publishArticleAction(input: In<typeof publishArticle>) {
  return run(publishArticle, input);
}

/** What publishing now would change for readers; changes nothing, so nothing is refreshed. */
export async function previewPublicationAction(input: In<typeof previewPublication>) {
  const read = readActionInput(objectInput<typeof input>(), input);
  if (!read.ok) return read;
  return runAction(async () => previewPublication(await getServiceContext(), read.data));
}

export async function retractArticleAction(input: In<typeof retractArticle>) {
  return run(retractArticle, input, "Fact-check retracted.");
}
