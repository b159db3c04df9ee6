"use client";

import { useCallback, useContext, useEffect, useState, useTransition } from "react";
import { MarkedText } from "@/components/desk/search/MarkedText";
import { Button } from "@/components/ui/Button";
import { explainMatch } from "@/lib/domain/claimMatching/matchReason";
import { languageAttributes } from "@/lib/domain/languages";
import { primaryLanguage } from "@/lib/domain/textSearchConfig";
import type { WorkspaceClaim } from "@/lib/services/articles/workspaceDto";
import type { ClaimMatchDto } from "@/lib/services/archive/matchDto";
import type { MatchActions } from "./matchActions";
import { ReportContext, useWorkspaceAction } from "./outcome";

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
        report({ tone: "error", text: result?.error ?? "Earlier fact-checks could not be loaded. Check your connection and try again." });
      }
    });
  }, [actions, articleId, claim.id, report]);

  // The statement is what is matched: look again when it changes.
  useEffect(load, [load, claim.statement]);

  function decide(match: ClaimMatchDto, decision: "linked" | "dismissed" | "none") {
    const done = { linked: "Linked to this claim.", dismissed: "Dismissed: it will not be suggested for this claim again.", none: "Unlinked." }[decision];
    run(() => actions.decideMatch({ claimId: claim.id, key: match.key, decision }), { success: () => done, onSuccess: load });
  }

  function copy(match: ClaimMatchDto) {
    run(() => actions.copyIntoReview({ claimId: claim.id, version: claim.version, key: match.key }));
  }

  const headingId = `checked-before-${claim.id}`;
  return (
    <section aria-labelledby={headingId} aria-busy={loading} className="flex flex-col gap-2 border-t border-stone-200 pt-3">
      <h3 id={headingId} className="font-semibold">
        Checked before?
      </h3>
      {matches === null ? (
        <p className="text-sm text-stone-600">Looking for earlier fact-checks…</p>
      ) : matches.length === 0 ? (
        <p className="text-sm text-stone-600">
          {archiveSize
            ? `None of the ${archiveSize.toLocaleString("en")} earlier fact-checks in the archive looks like this claim.`
            : "The archive is empty. Published claims join it automatically; editors can import other fact-checkers’ work on the Archive page."}
        </p>
      ) : (
        <>
          <p className="text-xs text-stone-600">
            A strong match is very likely the same claim. A possible match only shares some facts: read it before linking.
          </p>
          <ol aria-label="Earlier fact-checks" className="flex flex-col gap-2">
            {matches.map((match) => (
              <li key={match.key} aria-label={`${match.publisher}: ${match.statement}`} className="flex flex-col gap-1 rounded-md border border-stone-200 p-2 text-sm">
                <p className="font-serif" {...languageAttributes(primaryLanguage(match.language))}>
                  <MarkedText runs={match.statementRuns} />
                </p>
                <p className="flex flex-wrap items-center gap-x-2 text-xs text-stone-700">
                  <span className="rounded bg-stone-100 px-1.5 py-0.5 font-medium text-stone-900">Rated: {match.rating}</span>
                  <span>{match.origin === "own" ? `${match.publisher} (us)` : match.publisher}</span>
                  {match.publishedOn ? <span>{match.publishedOn}</span> : null}
                  <a href={match.url} className="text-blue-800 underline" target={match.origin === "own" ? undefined : "_blank"} rel="noreferrer">
                    Open the fact-check<span className="sr-only"> by {match.publisher}</span>
                  </a>
                </p>
                <p className="text-xs text-stone-600">{explainMatch(match.reason)}</p>
                <div className="flex flex-wrap items-center gap-2">
                  {match.decision === "linked" ? <span className="rounded bg-green-100 px-1.5 text-xs font-medium text-green-900">Linked</span> : null}
                  {match.decision === null && match.strong ? <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">Strong match</span> : null}
                  {match.decision === null && !match.strong ? <span className="text-xs text-stone-600">Possible match</span> : null}
                  {canDecide && match.decision === null ? (
                    <>
                      <Button type="button" variant="secondary" disabled={pending} onClick={() => decide(match, "linked")}>
                        Link<span className="sr-only"> the fact-check by {match.publisher}</span>
                      </Button>
                      <Button type="button" variant="ghost" disabled={pending} onClick={() => decide(match, "dismissed")}>
                        Dismiss<span className="sr-only"> the fact-check by {match.publisher}</span>
                      </Button>
                    </>
                  ) : null}
                  {canDecide && match.decision === "linked" ? (
                    <Button type="button" variant="ghost" disabled={pending} onClick={() => decide(match, "none")}>
                      Unlink<span className="sr-only"> the fact-check by {match.publisher}</span>
                    </Button>
                  ) : null}
                  {canCopy && match.decision === "linked" ? (
                    <Button type="button" variant="secondary" disabled={pending} aria-busy={pending} onClick={() => copy(match)}>
                      Copy into the draft review
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
