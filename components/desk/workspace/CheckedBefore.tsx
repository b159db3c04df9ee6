"use client";

import { useTranslations } from "next-intl";
import { useCallback, useContext, useEffect, useState, useTransition } from "react";
import { MarkedText } from "@/components/desk/search/MarkedText";
import { Button } from "@/components/ui/Button";
import type { MatchReason } from "@/lib/domain/claimMatching/matchReason";
import { languageAttributes } from "@/lib/domain/languages";
import { primaryLanguage } from "@/lib/domain/textSearchConfig";
import type { WorkspaceClaim } from "@/lib/services/articles/workspaceDto";
import type { ClaimMatchDto } from "@/lib/services/archive/matchDto";
import type { MatchActions } from "./matchActions";
import { ReportContext, useWorkspaceAction } from "./outcome";
import { joinPhrases, type SharedWords } from "./phraseList";

/**
 * "Checked before?": earlier fact-checks (the newsroom's own, and imported ones) that may check the same claim,
 * each with why it matched (the numbers, names and telling words both mention, marked). Only a strong match (very
 * likely the same claim) gets a badge; the others are possible matches. Editors link or dismiss them; whoever
 * reviews the claim can copy a linked one's review into the draft. Loaded when the claim is chosen and after each decision.
 */
export function CheckedBefore({
  articleId,
  claim,
  canDecide,
  canCopy,
  actions,
}: {
  articleId: string;
  claim: WorkspaceClaim;
  canDecide: boolean;
  canCopy: boolean;
  actions: MatchActions;
}) {
  const t = useTranslations("review.checkedBefore");
  const shared = useTranslations("review.shared");
  const report = useContext(ReportContext);
  const [matches, setMatches] = useState<ClaimMatchDto[] | null>(null);
  const [archiveSize, setArchiveSize] = useState(0);
  const [loading, startLoading] = useTransition();
  const [pending, run] = useWorkspaceAction();

  const load = useCallback(() => {
    startLoading(async () => {
      const result = await actions.loadMatches({ articleId, claimId: claim.id }).catch(() => null);
      if (result?.ok) {
        setMatches(result.data.matches[claim.id] ?? []);
        setArchiveSize(result.data.archiveSize);
      } else {
        report({ tone: "error", text: result?.error ?? t("loadFailed") });
      }
    });
  }, [actions, articleId, claim.id, report, t]);

  // The statement is what is matched: look again when it changes.
  useEffect(load, [load, claim.statement]);

  function decide(match: ClaimMatchDto, decision: "linked" | "dismissed" | "none") {
    const done = { linked: t("linkedDone"), dismissed: t("dismissedDone"), none: t("unlinkedDone") }[decision];
    run(() => actions.decideMatch({ claimId: claim.id, key: match.key, decision }), { success: () => done, onSuccess: load });
  }

  function copy(match: ClaimMatchDto) {
    run(() => actions.copyIntoReview({ claimId: claim.id, version: claim.version, key: match.key }));
  }

  const headingId = `checked-before-${claim.id}`;
  return (
    <section aria-labelledby={headingId} aria-busy={loading} className="flex flex-col gap-2 border-t border-stone-200 pt-3">
      <h3 id={headingId} className="font-semibold">
        {t("heading")}
      </h3>
      {matches === null ? (
        <p className="text-sm text-stone-600">{t("looking")}</p>
      ) : matches.length === 0 ? (
        <p className="text-sm text-stone-600">
          {archiveSize ? t("noMatch", { count: archiveSize }) : t("emptyArchive")}
        </p>
      ) : (
        <>
          <p className="text-xs text-stone-600">{t("strength")}</p>
          <ol aria-label={t("list")} className="flex flex-col gap-2">
            {matches.map((match) => (
              <li key={match.key} aria-label={`${match.publisher}: ${match.statement}`} className="flex flex-col gap-1 rounded-md border border-stone-200 p-2 text-sm">
                <p className="font-serif" {...languageAttributes(primaryLanguage(match.language))}>
                  <MarkedText runs={match.statementRuns} />
                </p>
                <p className="flex flex-wrap items-center gap-x-2 text-xs text-stone-700">
                  <span className="rounded bg-stone-100 px-1.5 py-0.5 font-medium text-stone-900">{t("rated", { rating: match.rating })}</span>
                  <span>{match.origin === "own" ? t("ownPublisher", { publisher: match.publisher }) : match.publisher}</span>
                  {match.publishedOn ? <span>{match.publishedOn}</span> : null}
                  <a href={match.url} className="text-blue-800 underline" target={match.origin === "own" ? undefined : "_blank"} rel="noreferrer">
                    {t.rich("open", { publisher: match.publisher, hidden })}
                  </a>
                </p>
                <p className="text-xs text-stone-600">{explainMatch(match.reason, t, shared)}</p>
                <div className="flex flex-wrap items-center gap-2">
                  {match.decision === "linked" ? <span className="rounded bg-green-100 px-1.5 text-xs font-medium text-green-900">{t("linked")}</span> : null}
                  {match.decision === null && match.strong ? <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">{t("strong")}</span> : null}
                  {match.decision === null && !match.strong ? <span className="text-xs text-stone-600">{t("possible")}</span> : null}
                  {canDecide && match.decision === null ? (
                    <>
                      <Button type="button" variant="secondary" disabled={pending} onClick={() => decide(match, "linked")}>
                        {t.rich("link", { publisher: match.publisher, hidden })}
                      </Button>
                      <Button type="button" variant="ghost" disabled={pending} onClick={() => decide(match, "dismissed")}>
                        {t.rich("dismiss", { publisher: match.publisher, hidden })}
                      </Button>
                    </>
                  ) : null}
                  {canDecide && match.decision === "linked" ? (
                    <Button type="button" variant="ghost" disabled={pending} onClick={() => decide(match, "none")}>
                      {t.rich("unlink", { publisher: match.publisher, hidden })}
                    </Button>
                  ) : null}
                  {canCopy && match.decision === "linked" ? (
                    <Button type="button" variant="secondary" disabled={pending} aria-busy={pending} onClick={() => copy(match)}>
                      {t("copy")}
                    </Button>
                  ) : null}
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** Words only screen readers hear: whose fact-check a button or link is about. */
function hidden(chunks: React.ReactNode) {
  return <span className="sr-only">{chunks}</span>;
}

type CheckedBeforeWords = ReturnType<typeof useTranslations<"review.checkedBefore">>;

/** Why it matched, as a sentence: "Both mention the number 3.2, the name Kremlin and the words drones and attack." */
function explainMatch(reason: MatchReason, t: CheckedBeforeWords, shared: SharedWords): string {
  const facts = [
    reason.numbers.length ? t("numbers", { count: reason.numbers.length, items: joinPhrases(reason.numbers, shared) }) : "",
    reason.names.length ? t("names", { count: reason.names.length, items: joinPhrases(reason.names, shared) }) : "",
    reason.words.length ? t("words", { count: reason.words.length, items: joinPhrases(reason.words, shared) }) : "",
  ].filter(Boolean);
  return facts.length ? t("bothMention", { facts: joinPhrases(facts, shared) }) : t("commonWordsOnly");
}
