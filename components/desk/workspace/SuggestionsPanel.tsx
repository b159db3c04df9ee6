"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { memo, useEffect, useMemo, useState } from "react";
import { Button } from "@/components/ui/Button";
import { languageName } from "@/lib/domain/languages";
import type { WorkspaceDto } from "@/lib/services/articles/workspaceDto";
import type { ClaimMatchDto } from "@/lib/services/archive/matchDto";
import type { MatchActions } from "./matchActions";
import { useWorkspaceAction } from "./outcome";
import type { WorkspaceActions } from "./workspaceActions";
import { useExplainMatch } from "./wordLists";

type Suggestion = WorkspaceDto["suggestions"][number];

// A list of thousands (a long article of claim-like lines) would take seconds to render, on the server too.
const LISTED_AT_ONCE = 100;

/**
 * Sentences the check-worthiness model suggests (already above the threshold), to accept as claims: the most
 * check-worthy first, or in the order of the text. `outOfTime`: they could not be worked out in time (a very long
 * article), so there are none. `languageWithoutModel`: the article's language (ISO 639-1) has no check-worthiness
 * model, so there are none either. `hasClaims`: the article has claims already, so an empty list may mean that every
 * suggestion became one.
 */
export const SuggestionsPanel = memo(function SuggestionsPanel({
  articleId,
  textRevision,
  suggestions,
  outOfTime,
  languageWithoutModel = null,
  hasClaims,
  accept,
  loadMatches,
  onAccepted,
}: {
  articleId: string;
  textRevision: number;
  suggestions: readonly Suggestion[];
  outOfTime: boolean;
  languageWithoutModel?: string | null;
  hasClaims: boolean;
  accept: WorkspaceActions["acceptSuggestions"];
  loadMatches: MatchActions["loadMatches"];
  /** The claims just made, in text order: the workspace opens the first. */
  onAccepted: (claimIds: readonly string[]) => void;
}) {
  const t = useTranslations("workspace.suggestions");
  const format = useFormatter();
  const locale = useLocale();
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
      success: ({ created, skipped }) => (skipped ? `${t("accepted", { created })} ${t("skipped", { skipped })}` : t("accepted", { created })),
      onSuccess: ({ claimIds }) => {
        if (claimIds.length) onAccepted(claimIds);
      },
    });
  }

  return (
    <section aria-labelledby="suggestions-heading" className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="suggestions-heading" className="text-base font-semibold">
          {t("heading")} {outOfTime ? null : <span className="font-normal text-stone-600">{t("count", { count: suggestions.length })}</span>}
        </h2>
        {suggestions.length ? (
          <Button type="button" variant="secondary" disabled={pending} aria-busy={pending && accepting === "all"} onClick={() => acceptSpans([...suggestions], "all")}>
            {pending && accepting === "all" ? t("accepting") : t("acceptAll", { count: suggestions.length })}
          </Button>
        ) : null}
      </div>
      {suggestions.length ? (
        <>
          <p className="text-xs text-stone-600">{t("intro")}</p>
          <fieldset className="flex min-w-0 flex-wrap gap-x-4 gap-y-1 text-sm">
            <legend className="sr-only">{t("order")}</legend>
            <label className="flex items-center gap-1">
              <input type="radio" name="suggestion-order" checked={order === "score"} onChange={() => setOrder("score")} />
              {t("byScore")}
            </label>
            <label className="flex items-center gap-1">
              <input type="radio" name="suggestion-order" checked={order === "text"} onChange={() => setOrder("text")} />
              {t("inTextOrder")}
            </label>
          </fieldset>
          <ol aria-label={t("listLabel")} className="flex max-h-72 flex-col divide-y divide-stone-100 overflow-y-auto">
            {shown.map((s) => (
              <li key={s.start} className="flex items-start gap-2 py-2 text-sm">
                <span className="mt-0.5 shrink-0 rounded bg-stone-100 px-1.5 font-mono text-xs" title={t("scoreTitle")}>
                  <span className="sr-only">{t("scoreLabel")} </span>
                  {format.number(s.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
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
                  {pending && accepting === s.start ? t("accepting") : t("accept")}
                </Button>
              </li>
            ))}
          </ol>
          {shown.length < suggestions.length ? (
            <Button type="button" variant="secondary" onClick={() => setListed((n) => n + LISTED_AT_ONCE)}>
              {t("listMore", { more: Math.min(LISTED_AT_ONCE, suggestions.length - shown.length), shown: shown.length, total: suggestions.length })}
            </Button>
          ) : null}
        </>
      ) : languageWithoutModel ? (
        <p className="text-sm text-stone-600">{t("noModel", { language: languageName(languageWithoutModel, locale) })}</p>
      ) : outOfTime ? (
        <p className="text-sm text-stone-600">{t("outOfTime")}</p>
      ) : (
        <p className="text-sm text-stone-600">{hasClaims ? t("noneLeft") : t("noneFound")}</p>
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
  const t = useTranslations("workspace.suggestions");
  const explainMatch = useExplainMatch();
  // The earlier claim's words stay out of the line (they would read as part of this suggestion); its page has them.
  const values = {
    mark: (chunks: React.ReactNode) => <span className="rounded bg-amber-100 px-1 font-medium text-amber-900">{chunks}</span>,
    publisher: match.origin === "own" ? t("ownPublisher", { publisher: match.publisher }) : match.publisher,
    rating: match.rating,
    link: (chunks: React.ReactNode) => (
      <a
        href={match.url}
        title={match.statement}
        aria-label={t("seeFactCheck", { statement: match.statement })}
        className="text-blue-800 underline"
        target={match.origin === "own" ? undefined : "_blank"}
        rel="noreferrer"
      >
        {chunks}
      </a>
    ),
    reason: explainMatch(match.reason),
  };
  return (
    <p className="text-xs text-stone-700">
      {match.publishedOn ? t.rich("checkedBeforeOn", { ...values, date: match.publishedOn }) : t.rich("checkedBefore", values)}
    </p>
  );
}
