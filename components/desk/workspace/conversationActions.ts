import type { CommentPostedDto, ConversationDto } from "@/lib/services/comments/commentDto";
import type { ActionResult } from "@/lib/web/actionResult";

/** The server actions of a claim's conversation, handed down from the page. */
export type ConversationActions = {
  listComments: (input: { claimId: string }) => Promise<ActionResult<ConversationDto>>;
  addComment: (input: { claimId: string; body: string }) => Promise<ActionResult<CommentPostedDto>>;
  editComment: (input: { commentId: string; body: string }) => Promise<ActionResult<CommentPostedDto>>;
  deleteComment: (input: { commentId: string }) => Promise<ActionResult<unknown>>;
};
