/** The forms whose unsaved text is kept: a claim's review, a new comment on a claim, an article's text. */
export type DraftForm = "review" | "comment" | "text";

/** One of a person's drafts, as the workspace restores it. */
export type DraftDto = {
  form: DraftForm;
  /** The claim of a review or comment draft; null for the article's text. */
  claimId: string | null;
  /** What the form held, field by field. */
  value: Record<string, unknown>;
  /** The claim's (or the article's) version the draft was started from. */
  baseVersion: number;
  savedAt: string;
};
