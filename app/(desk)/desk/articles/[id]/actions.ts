"use server";

// Thin server actions for the claim workspace: each one only calls a service verb (which authorizes and validates)
// and refreshes the page. Inputs are typed loosely on purpose: the services parse them with strict schemas.

import { revalidatePath } from "next/cache";
import { getServiceContext } from "@/lib/auth";
import { runAction, type ActionResult } from "@/lib/actions/actionResult";
import { reviseArticleText, updateArticleDetails, type ReviseSummary } from "@/lib/services/articles/reviseArticle";
import { acceptSuggestions } from "@/lib/services/claims/acceptSuggestions";
import type { ClaimDto } from "@/lib/services/claims/claimDto";
import { createClaim } from "@/lib/services/claims/createClaim";
import { deleteClaim, editClaim, mergeClaims, moveClaimAnchor, splitClaim } from "@/lib/services/claims/editClaim";
import { assignReviewer, reviewClaim, signOffClaim } from "@/lib/services/claims/reviewClaim";
import { publishArticle, type PublishResult } from "@/lib/services/publishing/publishArticle";

type Input<F extends (ctx: never, input: never) => unknown> = Parameters<F>[1];

async function run<T>(articleId: string, work: () => Promise<T>, message?: string): Promise<ActionResult<T>> {
  const result = await runAction(work, message);
  if (result.ok) revalidatePath(`/desk/articles/${articleId}`);
  return result;
}

export async function createClaimAction(input: Input<typeof createClaim>): Promise<ActionResult<ClaimDto>> {
  return run(String(input.articleId), async () => createClaim(await getServiceContext(), input), "Claim created.");
}

export async function acceptSuggestionsAction(input: Input<typeof acceptSuggestions>): Promise<ActionResult<{ created: number; skipped: number }>> {
  return run(String(input.articleId), async () => acceptSuggestions(await getServiceContext(), input));
}

export async function editClaimAction(articleId: string, input: Input<typeof editClaim>): Promise<ActionResult<ClaimDto>> {
  return run(articleId, async () => editClaim(await getServiceContext(), input), "Claim saved.");
}

export async function deleteClaimAction(articleId: string, input: Input<typeof deleteClaim>): Promise<ActionResult<{ id: string }>> {
  return run(articleId, async () => deleteClaim(await getServiceContext(), input), "Claim deleted.");
}

export async function mergeClaimsAction(articleId: string, input: Input<typeof mergeClaims>): Promise<ActionResult<ClaimDto>> {
  return run(articleId, async () => mergeClaims(await getServiceContext(), input), "Claims merged.");
}

export async function splitClaimAction(articleId: string, input: Input<typeof splitClaim>): Promise<ActionResult<[ClaimDto, ClaimDto]>> {
  return run(articleId, async () => splitClaim(await getServiceContext(), input), "Claim split in two.");
}

export async function moveClaimAnchorAction(articleId: string, input: Input<typeof moveClaimAnchor>): Promise<ActionResult<ClaimDto>> {
  return run(articleId, async () => moveClaimAnchor(await getServiceContext(), input), "Claim's place in the text confirmed.");
}

export async function assignReviewerAction(articleId: string, input: Input<typeof assignReviewer>): Promise<ActionResult<ClaimDto>> {
  return run(articleId, async () => assignReviewer(await getServiceContext(), input), "Reviewer assigned.");
}

export async function reviewClaimAction(articleId: string, input: Input<typeof reviewClaim>): Promise<ActionResult<ClaimDto>> {
  return run(articleId, async () => reviewClaim(await getServiceContext(), input), "Review saved.");
}

export async function signOffClaimAction(articleId: string, input: Input<typeof signOffClaim>): Promise<ActionResult<ClaimDto>> {
  return run(articleId, async () => signOffClaim(await getServiceContext(), input), "Verdict signed off.");
}

export async function reviseArticleTextAction(input: Input<typeof reviseArticleText>): Promise<ActionResult<ReviseSummary>> {
  return run(String(input.articleId), async () => reviseArticleText(await getServiceContext(), input));
}

export async function updateArticleDetailsAction(input: Input<typeof updateArticleDetails>): Promise<ActionResult<{ version: number }>> {
  return run(String(input.articleId), async () => updateArticleDetails(await getServiceContext(), input), "Details saved.");
}

export async function publishArticleAction(input: Input<typeof publishArticle>): Promise<ActionResult<PublishResult>> {
  const result = await run(String(input.articleId), async () => publishArticle(await getServiceContext(), input));
  if (result.ok) {
    revalidatePath("/");
    revalidatePath(`/articles/${result.data.slug}`);
  }
  return result;
}
