/** One comment of a claim's conversation, as the desk shows it. Times are ISO strings. */
export type CommentDto = {
  id: string;
  claimId: string;
  /** "return": an editor's reason for sending the claim back to its reviewer. */
  kind: "comment" | "return";
  body: string;
  authorId: string;
  authorName: string;
  createdAt: string;
  editedAt: string | null;
  /** Whether the reader may still edit it (their own comment, within the first minutes). */
  canEdit: boolean;
  /** Whether the reader may delete it (their own comment within the first minutes, or any, for an admin). */
  canDelete: boolean;
};

/** A colleague who can read the claim, and so can be mentioned on it. */
export type MentionableDto = { displayName: string; handle: string };

/** A claim's conversation: its comments, oldest first, and what the reader may do with it. */
export type ConversationDto = {
  claimId: string;
  comments: CommentDto[];
  canComment: boolean;
  mentionable: MentionableDto[];
};

/** What posting or editing a comment did: the comment, who its mentions told, and handles that named nobody. */
export type CommentPostedDto = { comment: CommentDto; notified: string[]; unknownMentions: string[] };
