import type { useTranslations } from "next-intl";
import { languageName } from "@/lib/domain/languages";
import type { DisappearReason, PreviewClaim, PreviewClaimChange, PublicationPreviewDto, PublicationWarning } from "@/lib/services/publishing/publicationPreviewDto";
import { listOf, type SharedWords } from "./phraseList";

// The publish preview in the words a newsroom editor reads: one sentence per difference, in the interface's language.

export type PublicationWords = ReturnType<typeof useTranslations<"review.publicationWording">>;

function reasonWords(reason: DisappearReason, t: PublicationWords): string {
  switch (reason) {
    case "deleted":
      return t("deleted");
    case "dismissed":
      return t("dismissed");
    case "words_removed":
      return t("wordsRemoved");
    case "words_changed":
      return t("wordsChanged");
    case "not_approved":
      return t("notApproved");
  }
}

/** “Claim 3, “statement”” — how the preview names a claim. */
export function claimName(claim: PreviewClaim, t: PublicationWords): string {
  return claim.number ? t("claimNumbered", { number: claim.number, statement: claim.statement }) : t("claimUnnumbered", { statement: claim.statement });
}

/** Why a claim readers see now would disappear from the public page. */
export function warningSentence({ claim, reason, dismissedReason }: PublicationWarning, t: PublicationWords): string {
  const why = reason === "dismissed" && dismissedReason ? t("dismissedBecause", { reason: dismissedReason }) : reasonWords(reason, t);
  return t("warning", { claim: claimName(claim, t), verdict: claim.verdict, why });
}

/** A changed verdict: one the rating scale moved on its truth scale was not rated again. */
function verdictChangeWords(change: Extract<PreviewClaimChange, { kind: "changed" }>, t: PublicationWords): string {
  return change.verdictMoved ? t("verdictMoves", { verdict: change.verdictTo }) : t("verdictChanges", { from: change.verdictFrom, to: change.verdictTo });
}

/** One claim's difference. */
export function claimChangeSentence(change: PreviewClaimChange, t: PublicationWords, shared: SharedWords): string {
  if (change.kind === "added") return t("added", { claim: claimName(change.claim, t), verdict: change.claim.verdict });
  if (change.kind === "removed") return t("removed", { claim: claimName(change.claim, t), why: reasonWords(change.reason, t) });
  const parts = [
    change.verdictChanged ? verdictChangeWords(change, t) : null,
    change.explanationChanged ? t("explanationChanges") : null,
    change.statementChanged ? t("statementChanges") : null,
    change.sourcesChanged ? t("sourcesChange") : null,
    change.wordsChanged ? t("wordsChange") : null,
  ].filter((part): part is string => part !== null);
  return t("changed", { claim: claimName(change.claim, t), changes: listOf(parts, shared) });
}

/** Sentences for the article as a whole (title, text, source, language), before the claims. */
export function articleChangeSentences(preview: PublicationPreviewDto, t: PublicationWords, locale: string): string[] {
  if (preview.publicVersion === null) {
    return [preview.retracted ? t("afterRetraction", { count: preview.claimCount }) : t("firstVersion", { count: preview.claimCount })];
  }
  const language = preview.languageChange ? preview.languageChange.to : undefined;
  return [
    preview.titleChanged ? t("titleChanges") : null,
    preview.textChanged ? t("textChanges") : null,
    preview.sourceChanged ? t("sourceChanges") : null,
    language === undefined ? null : language ? t("languageChanges", { language: languageName(language, locale) }) : t("languageRemoved"),
  ].filter((s): s is string => s !== null);
}
