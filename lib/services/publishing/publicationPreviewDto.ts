/** Why a claim readers see now would not be in the next version. */
export type DisappearReason = "deleted" | "dismissed" | "words_removed" | "words_changed" | "not_approved";

/** A claim as the preview names it: its number in the desk, what it says, its verdict. */
export type PreviewClaim = { id: string; number: number | null; statement: string; verdict: string };

/** How one claim differs between the public version and the next one. */
export type PreviewClaimChange =
  | { kind: "added"; claim: PreviewClaim }
  | { kind: "removed"; claim: PreviewClaim; reason: DisappearReason }
  | {
      kind: "changed";
      claim: PreviewClaim;
      verdictFrom: string;
      verdictTo: string;
      verdictChanged: boolean;
      /** The change is only the rating scale moving the same verdict on its truth scale (verdictMoved). */
      verdictMoved: boolean;
      explanationChanged: boolean;
      statementChanged: boolean;
      sourcesChanged: boolean;
      wordsChanged: boolean;
    };

/** A claim readers can see now that the next version would drop, and why. */
export type PublicationWarning = { claim: PreviewClaim; reason: DisappearReason; dismissedReason: string | null };

/** What publishing now would change for readers, and what to send with the publish so it publishes exactly that. */
export type PublicationPreviewDto = {
  articleId: string;
  slug: string;
  nextVersion: number;
  /** The public version readers compare against: null when never published or retracted. */
  publicVersion: number | null;
  changeNoteRequired: boolean;
  /** From version 2 a publication may be marked as a correction. */
  correctionPossible: boolean;
  retracted: { at: Date; reason: string } | null;
  titleChanged: boolean;
  textChanged: boolean;
  sourceChanged: boolean;
  /** The language readers' pages and reviews say the article is in, when it changes: its code, or null for unknown. */
  languageChange: { to: string | null } | null;
  claims: PreviewClaimChange[];
  warnings: PublicationWarning[];
  /** Claims the next version will carry. */
  claimCount: number;
  /** Claims in the desk (not dismissed) with no approved verdict: they stay hidden from readers. */
  unapprovedCount: number;
  /** Readers already see exactly this: nothing to publish. */
  identical: boolean;
  shown: { articleId: string; version: number; textRevision: number; publishStamp: string };
};
