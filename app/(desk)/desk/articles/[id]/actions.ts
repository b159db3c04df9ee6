"use server";

// Thin server actions for the claim workspace: each one checks that its argument is an object (the verb authorizes
// the actor and parses the fields itself), calls the verb, and refreshes the page the editor is on.

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
import { readActionInput, stringInput } from "@/lib/web/actionInput";
import { runAction } from "@/lib/web/actionResult";
import { runVerb, runVerbAndRefresh, type VerbInput } from "@/lib/web/verbAction";
import { succeeded } from "./succeeded";

export async function createClaimAction(input: VerbInput<typeof createClaim>) {
  return runVerbAndRefresh(createClaim, input, await succeeded("workspace.actions.claimCreated"));
}

export async function acceptSuggestionsAction(input: VerbInput<typeof acceptSuggestions>) {
  return runVerbAndRefresh(acceptSuggestions, input);
}

export async function editClaimAction(input: VerbInput<typeof editClaim>) {
  return runVerbAndRefresh(editClaim, input, await succeeded("workspace.actions.claimSaved"));
}

export async function deleteClaimAction(input: VerbInput<typeof deleteClaim>) {
  return runVerbAndRefresh(deleteClaim, input, await succeeded("workspace.actions.claimDeleted"));
}

export async function mergeClaimsAction(input: VerbInput<typeof mergeClaims>) {
  return runVerbAndRefresh(mergeClaims, input, await succeeded("workspace.actions.claimsMerged"));
}

export async function splitClaimAction(input: VerbInput<typeof splitClaim>) {
  return runVerbAndRefresh(splitClaim, input, await succeeded("workspace.actions.claimSplit"));
}

export async function moveClaimAnchorAction(input: VerbInput<typeof moveClaimAnchor>) {
  return runVerbAndRefresh(moveClaimAnchor, input, await succeeded("workspace.actions.anchorConfirmed"));
}

export async function assignReviewerAction(input: VerbInput<typeof assignReviewer>) {
  return runVerbAndRefresh(assignReviewer, input, await succeeded("workspace.actions.reviewerAssigned"));
}

export async function reviewClaimAction(input: VerbInput<typeof reviewClaim>) {
  return runVerbAndRefresh(reviewClaim, input, await succeeded("workspace.actions.reviewSaved"));
}

export async function signOffClaimAction(input: VerbInput<typeof signOffClaim>) {
  return runVerbAndRefresh(signOffClaim, input, await succeeded("workspace.actions.verdictSignedOff"));
}

export async function returnClaimAction(input: VerbInput<typeof returnClaim>) {
  return runVerbAndRefresh(returnClaim, input);
}

export async function dismissClaimAction(input: VerbInput<typeof dismissClaim>) {
  return runVerbAndRefresh(dismissClaim, input);
}

export async function restoreClaimAction(input: VerbInput<typeof restoreClaim>) {
  return runVerbAndRefresh(restoreClaim, input);
}

/** Reads a claim's history for the editor panel; changes nothing, so nothing is refreshed. */
export async function loadClaimHistoryAction(claimId: VerbInput<typeof getClaimHistory>) {
  const read = await readActionInput(stringInput, claimId);
  if (!read.ok) return read;
  return runAction(async () => getClaimHistory(await getServiceContext(), read.data));
}

export async function reviseArticleTextAction(input: VerbInput<typeof reviseArticleText>) {
  return runVerbAndRefresh(reviseArticleText, input);
}

export async function updateArticleDetailsAction(input: VerbInput<typeof updateArticleDetails>) {
  return runVerbAndRefresh(updateArticleDetails, input, await succeeded("workspace.actions.detailsSaved"));
}

export async function publishArticleAction(input: VerbInput<typeof publishArticle>) {
  return runVerbAndRefresh(publishArticle, input);
}

/** What publishing now would change for readers; changes nothing, so nothing is refreshed. */
export async function previewPublicationAction(input: VerbInput<typeof previewPublication>) {
  return runVerb(previewPublication, input);
}

export async function retractArticleAction(input: VerbInput<typeof retractArticle>) {
  return runVerbAndRefresh(retractArticle, input, await succeeded("workspace.actions.retracted"));
}
