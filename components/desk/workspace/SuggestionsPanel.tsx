"use client";

import { memo, useEffect, useMemo, useState } from "react";
import { Button } from "@/components/ui/Button";
import { explainMatch } from "@/lib/domain/claimMatching/matchReason";
import { languageName } from "@/lib/domain/languages";
import type { WorkspaceDto } from "@/lib/services/articles/workspaceDto";
import type { ClaimMatchDto } from "@/lib/services/archive/matchDto";
import { plural } from "./claimListOrder";
import type { MatchActions } from "./matchActions";
import { useWorkspaceAction } from "./outcome";
import type { WorkspaceActions } from "./workspaceActions";

type Suggestion = WorkspaceDto["suggestions"][number];

// A list of thousands (a long article of claim-like lines) would take seconds to render, on the server too.
const LISTED_AT_ONCE = 100;

/**
 * Sentences the check-worthiness model suggests (already above the threshold), to accept as claims: the most
 * check-worthy first, or in the order of the text. `outOfTime`: they could not be worked out in time (a very long
 * article), so there are none. `languageWithoutModel`: the article's language (ISO 639-1) has no check-worthiness
 * model, so there are none either.
 */
export const SuggestionsPanel = memo(function SuggestionsPanel({
  articleId,
  textRevision,
  suggestions,
  outOfTime,
  languageWithoutModel = null,
  accept,
  loadMatches,
  onAccepted,
}: {
  articleId: string;
  textRevision: number;
  suggestions: readonly Suggestion[];
  outOfTime: boolean;
  languageWithoutModel?: string | null;
  accept: WorkspaceActions["acceptSuggestions"];
  loadMatches: MatchActions["loadMatches"];
  /** The claims just made, in text order: the workspace opens the first. */
  onAccepted: (claimIds: readonly string[]) => void;
}) {
  const [pending, run] = useWorkspaceAction();
  const [accepting, setAccepting] = useState<"all" | number | null>(null);
  const [order, setOrder] = useState<"score" | "text">("score");
  const [listed, setListed] = useState(LISTED_AT_ONCE);
  const shown = useMemo(
    () => (order === "score" ? [...suggestions].sort((a, b) => b.score - a.score || a.start - b.start) : suggestions).slice(0, listed),
    [suggestions, order, listed],
  );
  const checkedBefore = useCheckedBefore(articleId, shown, loadMatches);

  function acceptSpans(spans: Suggestion[], which: "all" | number) {
    setAccepting(which);
    run(() => accept({ articleId, textRevision, spans: spans.map(({ start, end }) => ({ start, end })) }), {
      success: ({ created, skipped }) =>
        `${plural(created, "claim")} created from suggestions.${skipped ? ` ${plural(skipped, "suggestion was", "suggestions were")} already claims.` : ""}`,
      onSuccess: ({ claimIds }) => {
        if (claimIds.length) onAccepted(claimIds);
      },
    });
  }

  return (
    <section aria-labelledby="suggestions-heading" className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="suggestions-heading" className="text-base font-semibold">
          Suggested claims {outOfTime ? null : <span className="font-normal text-stone-600">({suggestions.length})</span>}
        </h2>
        {suggestions.length ? (
          <Button type="button" variant="secondary" disabled={pending} aria-busy={pending && accepting === "all"} onClick={() => acceptSpans([...suggestions], "all")}>
            {pending && accepting === "all" ? "Accepting…" : `Accept all ${plural(suggestions.length, "suggestion")}`}
          </Button>
        ) : null}
      </div>
      {suggestions.length ? (
        <>
          <p className="text-xs text-stone-600">Sentences that look worth checking, with a score from 0 to 1. Faintly underlined in the text.</p>
          <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <legend className="sr-only">Order of the suggestions</legend>
            <label className="flex items-center gap-1">
              <input type="radio" name="suggestion-order" checked={order === "score"} onChange={() => setOrder("score")} />
              Highest score first
            </label>
            <label className="flex items-center gap-1">
              <input type="radio" name="suggestion-order" checked={order === "text"} onChange={() => setOrder("text")} />
              In text order
            </label>
          </fieldset>
          <ol aria-label="Suggested sentences" className="flex max-h-72 flex-col divide-y divide-stone-100 overflow-y-auto">
            {shown.map((s) => (
              <li key={s.start} className="flex items-start gap-2 py-2 text-sm">
                <span className="mt-0.5 shrink-0 rounded bg-stone-100 px-1.5 font-mono text-xs" title="Check-worthiness score">
                  <span className="sr-only">Score </span>
                  {s.score.toFixed(2)}
                </span>
                <div id={`suggestion-${s.start}`} className="flex flex-1 flex-col gap-0.5">
                  <p>{s.text}</p>
                  {checkedBefore.get(s.text) ? <CheckedBeforeLine match={checkedBefore.get(s.text)!} /> : null}
                </div>
                <Button
                  type="button"
                  variant="secondary"
                  className="shrink-0"
                  disabled={pending}
                  aria-describedby={`suggestion-${s.start}`}
                  onClick={() => acceptSpans([s], s.start)}
                >
                  {pending && accepting === s.start ? "Accepting…" : "Accept"}
                </Button>
              </li>
            ))}
          </ol>
          {shown.length < suggestions.length ? (
            <Button type="button" variant="secondary" onClick={() => setListed((n) => n + LISTED_AT_ONCE)}>
              List {Math.min(LISTED_AT_ONCE, suggestions.length - shown.length)} more ({shown.length.toLocaleString("en")} of {suggestions.length.toLocaleString("en")} listed)
            </Button>
          ) : null}
        </>
      ) : languageWithoutModel ? (
        <p className="text-sm text-stone-600">
          No check-worthiness model for this language ({languageName(languageWithoutModel)}) yet, so no sentences are
          suggested. You can still make claims yourself: select the words in the text.
        </p>
      ) : outOfTime ? (
        <p className="text-sm text-stone-600">
          Suggestions could not be worked out in time for an article this long. You can still make claims yourself: select
          the words in the text.
        </p>
      ) : (
        <p className="text-sm text-stone-600">No suggestions left: every sentence that looked worth checking is already a claim.</p>
      )}
    </section>
  );
});

/** The strongest earlier fact-check of each suggestion, by its text, once loaded (nothing while loading or on failure). */
function useCheckedBefore(articleId: string, suggestions: readonly Suggestion[], loadMatches: MatchActions["loadMatches"]) {
  const [found, setFound] = useState<Map<string, ClaimMatchDto>>(new Map());
  const texts = useMemo(() => suggestions.map((s) => s.text), [suggestions]);
  useEffect(() => {
    if (!texts.length) return;
    let current = true;
    loadMatches({ articleId, texts })
      .then((result) => {
        if (!current || !result.ok) return;
        const map = new Map<string, ClaimMatchDto>();
        result.data.textMatches.forEach((match, i) => match && map.set(texts[i]!, match));
        setFound(map);
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [articleId, texts, loadMatches]);
  return found;
}

function CheckedBeforeLine({ match }: { match: ClaimMatchDto }) {
  // The earlier claim's words stay out of the line (they would read as part of this suggestion); its page has them.
  return (
    <p className="text-xs text-stone-700">
      <span className="rounded bg-amber-100 px-1 font-medium text-amber-900">Checked before</span> {match.origin === "own" ? `${match.publisher} (us)` : match.publisher}{" "}
      rated what is very likely the same claim “{match.rating}”{match.publishedOn ? ` on ${match.publishedOn}` : ""}:{" "}
      <a
        href={match.url}
        title={match.statement}
        aria-label={`See the fact-check: ${match.statement}`}
        className="text-blue-800 underline"
        target={match.origin === "own" ? undefined : "_blank"}
        rel="noreferrer"
      >
        see the fact-check
      </a>
      . {explainMatch(match.reason)}
    </p>
  );
}
