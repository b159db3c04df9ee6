import type { Metadata } from "next";
import { notFound, unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { Workspace } from "@/components/desk/workspace/Workspace";
import { getServiceContext, requirePageActor } from "@/lib/auth";
import { getWorkspace, type WorkspaceDto } from "@/lib/services/articles/workspace";
import { NotFoundError, ValidationError } from "@/lib/services/errors";
import {
  acceptSuggestionsAction,
  assignReviewerAction,
  createClaimAction,
  deleteClaimAction,
  editClaimAction,
  mergeClaimsAction,
  moveClaimAnchorAction,
  publishArticleAction,
  reviewClaimAction,
  reviseArticleTextAction,
  signOffClaimAction,
  splitClaimAction,
  updateArticleDetailsAction,
} from "./actions";

type Props = { params: Promise<{ id: string }> };

/** The workspace, or null for an unknown or malformed id. Cached per request: metadata and page share one load. */
const loadWorkspace = cache(async (id: string): Promise<WorkspaceDto | null> => {
  try {
    return await getWorkspace(await getServiceContext(), id);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ValidationError) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  try {
    const workspace = await loadWorkspace((await params).id);
    return { title: workspace ? `Claims: ${workspace.article.title}` : "Article not found" };
  } catch (error) {
    // Signed out or not allowed: the layout and page answer that; the title stays neutral.
    unstable_rethrow(error);
    return { title: "Claim workspace" };
  }
}

export default async function WorkspacePage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/desk/articles/${id}`);
  const workspace = await loadWorkspace(id);
  if (!workspace) notFound();
  return (
    <Workspace
      workspace={workspace}
      currentUserId={actor.id}
      actions={{
        createClaim: createClaimAction,
        acceptSuggestions: acceptSuggestionsAction,
        editClaim: editClaimAction,
        deleteClaim: deleteClaimAction,
        mergeClaims: mergeClaimsAction,
        splitClaim: splitClaimAction,
        moveClaimAnchor: moveClaimAnchorAction,
        assignReviewer: assignReviewerAction,
        reviewClaim: reviewClaimAction,
        signOffClaim: signOffClaimAction,
        reviseArticleText: reviseArticleTextAction,
        updateArticleDetails: updateArticleDetailsAction,
        publishArticle: publishArticleAction,
      }}
    />
  );
}
