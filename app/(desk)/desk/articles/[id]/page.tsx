import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CLAIM_LINK_SCRIPT } from "@/components/desk/workspace/claimLink";
import type { DraftActions } from "@/components/desk/workspace/drafts";
import { Workspace } from "@/components/desk/workspace/Workspace";
import { getServiceContext } from "@/lib/auth";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { listMyDrafts } from "@/lib/services/drafts/listMyDrafts";
import { forPage, requirePageActor } from "@/lib/web/pageAccess";
import { scriptNonce } from "@/lib/web/scriptNonce";
import { loadArticleHeader } from "./loadArticleHeader";
import {
  acceptSuggestionsAction,
  assignReviewerAction,
  createClaimAction,
  deleteClaimAction,
  dismissClaimAction,
  loadClaimHistoryAction,
  editClaimAction,
  mergeClaimsAction,
  moveClaimAnchorAction,
  previewPublicationAction,
  publishArticleAction,
  restoreClaimAction,
  retractArticleAction,
  returnClaimAction,
  reviewClaimAction,
  reviseArticleTextAction,
  signOffClaimAction,
  splitClaimAction,
  updateArticleDetailsAction,
} from "./actions";
import { discardDraftAction, saveDraftAction } from "./draftActions";
import { addCommentAction, deleteCommentAction, editCommentAction, listClaimCommentsAction } from "./commentActions";
import { copyMatchIntoReviewAction, decideMatchAction, loadClaimMatchesAction } from "./matchActions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("workspace.page");
  try {
    return { title: t("title", { title: (await loadArticleHeader((await params).id)).title }) };
  } catch {
    // Unknown, signed out or not allowed: the layout and page answer that; the title stays neutral.
    return { title: t("fallbackTitle") };
  }
}

export default async function WorkspacePage({ params }: Props) {
  const { id } = await params;
  const path = `/desk/articles/${id}`;
  const actor = await requirePageActor(path);
  const [workspace, drafts] = await forPage(
    getServiceContext().then((ctx) => Promise.all([getWorkspace(ctx, id), listMyDrafts(ctx, { articleId: id })])),
    path,
  );
  const nonce = await scriptNonce();
  return (
    <>
      {/* Before the workspace: names a linked claim (#claim-<id>) while the page is parsed (claimLink.ts). */}
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: CLAIM_LINK_SCRIPT }} />
      <Workspace
        workspace={workspace}
        currentUserId={actor.id}
        drafts={drafts}
        // The forms send what they hold as they hold it; the verbs parse it (form by form) on the server.
        draftActions={{ saveDraft: saveDraftAction as DraftActions["saveDraft"], discardDraft: discardDraftAction as DraftActions["discardDraft"] }}
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
          returnClaim: returnClaimAction,
          dismissClaim: dismissClaimAction,
          restoreClaim: restoreClaimAction,
          loadClaimHistory: loadClaimHistoryAction,
          reviseArticleText: reviseArticleTextAction,
          updateArticleDetails: updateArticleDetailsAction,
          previewPublication: previewPublicationAction,
          publishArticle: publishArticleAction,
          retractArticle: retractArticleAction,
        }}
        matches={{ loadMatches: loadClaimMatchesAction, decideMatch: decideMatchAction, copyIntoReview: copyMatchIntoReviewAction }}
        conversation={{
          listComments: listClaimCommentsAction,
          addComment: addCommentAction,
          editComment: editCommentAction,
          deleteComment: deleteCommentAction,
        }}
      />
    </>
  );
}
