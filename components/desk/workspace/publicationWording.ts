import { languageName } from "@/lib/domain/languages";
import type { DisappearReason, PreviewClaim, PreviewClaimChange, PublicationPreviewDto, PublicationWarning } from "@/lib/services/publishing/publicationPreviewDto";

// The publish preview in the words a newsroom editor reads: one sentence per difference.

const REASON: Record<DisappearReason, string> = {
  deleted: "it was deleted from the desk",
  dismissed: "it was dismissed",
  words_removed: "its words are no longer in the text",
  words_changed: "its words changed in the text, so its verdict must be placed and approved again",
  not_approved: "it has no approved verdict",
};

/** “Claim 3, “statement”” — how the preview names a claim. */
export function claimName(claim: PreviewClaim): string {
  return `${claim.number ? `Claim ${claim.number}` : "A claim"}, “${claim.statement}”`;
}

/** Why a claim readers see now would disappear from the public page. */
export function warningSentence({ claim, reason, dismissedReason }: PublicationWarning): string {
  const why = reason === "dismissed" && dismissedReason ? `${REASON.dismissed} (“${dismissedReason}”)` : REASON[reason];
  return `${claimName(claim)} (now public as “${claim.verdict}”) will disappear from the public page: ${why}.`;
}

/** One claim's difference. */
export function claimChangeSentence(change: PreviewClaimChange): string {
  if (change.kind === "added") return `New: ${claimName(change.claim)}, rated “${change.claim.verdict}”.`;
  if (change.kind === "removed") return `Removed: ${claimName(change.claim)}, because ${REASON[change.reason]}.`;
  const parts = [
    change.verdictChanged ? `the verdict changes from “${change.verdictFrom}” to “${change.verdictTo}”` : null,
    change.explanationChanged ? "the explanation changes" : null,
    change.statementChanged ? "the statement or who made it changes" : null,
    change.sourcesChanged ? "the sources change" : null,
    change.wordsChanged ? "the quoted words change" : null,
  ].filter(Boolean);
  return `${claimName(change.claim)}: ${parts.join(", ")}.`;
}

/** Sentences for the article as a whole (title, text, source, language), before the claims. */
export function articleChangeSentences(preview: PublicationPreviewDto): string[] {
  if (preview.publicVersion === null) {
    const claims = preview.claimCount === 1 ? "1 checked claim" : `${preview.claimCount} checked claims`;
    return preview.retracted
      ? [`Readers see only the retraction notice now. They will see the article again, with ${claims}.`]
      : [`Readers see nothing yet. They will see the article with ${claims}.`];
  }
  return [
    preview.titleChanged ? "The title changes." : null,
    preview.textChanged ? "The article text changes." : null,
    preview.sourceChanged ? "The source details (outlet, author, date or link) change." : null,
    preview.languageChange ? languageChangeSentence(preview.languageChange.to) : null,
  ].filter((s): s is string => s !== null);
}

function languageChangeSentence(to: string | null): string {
  return to ? `The article's language becomes ${languageName(to)}.` : "The article's language is no longer given.";
}
