"use client";

import { useTranslations } from "next-intl";
import { memo, useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from "react";
import type { WorkspaceClaim } from "@/lib/services/articles/workspaceDto";
import { filterClaims, sortClaims, type ClaimFilter, type ClaimSort } from "./claimListOrder";
import { ClaimOption, claimOptionId } from "./ClaimOption";
import { STATUS_ORDER } from "./claimStatus";
import { useClaimStatusWords } from "./claimStatusWords";

/**
 * The claims as a listbox: filter by status (or flagged), sort by position, score or status; arrow keys move the
 * selection, Enter opens the selected claim's editor. Orphaned claims have their own group, never dropped.
 */
export const ClaimList = memo(function ClaimList({
  claims,
  selectedId,
  canCreate,
  suggests = true,
  onSelect,
  onOpen,
}: {
  claims: readonly WorkspaceClaim[];
  selectedId: string | null;
  canCreate: boolean;
  /** Whether sentences are suggested in the article's language (there is a check-worthiness model for it). */
  suggests?: boolean;
  onSelect: (claimId: string, how?: "pick" | "arrow") => void;
  onOpen: () => void;
}) {
  const t = useTranslations("workspace.claimList");
  const words = useClaimStatusWords();
  const id = useId();
  const [filter, setFilter] = useState<ClaimFilter>("all");
  const [sort, setSort] = useState<ClaimSort>("position");
  // Filtering 1,000 claims must not hold up the select the editor is using.
  const view = useDeferredValue(useMemo(() => ({ filter, sort }), [filter, sort]));

  const { inText, orphaned } = useMemo(() => {
    const shown = sortClaims(filterClaims(claims, view.filter), view.sort);
    return { inText: shown.filter((c) => c.anchorState !== "orphaned"), orphaned: shown.filter((c) => c.anchorState === "orphaned") };
  }, [claims, view]);
  const order = useMemo(() => [...inText, ...orphaned], [inText, orphaned]);

  function move(event: KeyboardEvent<HTMLDivElement>) {
    const at = order.findIndex((c) => c.id === selectedId);
    let next: WorkspaceClaim | undefined;
    if (event.key === "ArrowDown") next = order[at < 0 ? 0 : Math.min(at + 1, order.length - 1)];
    else if (event.key === "ArrowUp") next = order[at < 0 ? 0 : Math.max(at - 1, 0)];
    else if (event.key === "Home") next = order[0];
    else if (event.key === "End") next = order[order.length - 1];
    else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      if (at < 0 && order[0]) onSelect(order[0].id);
      onOpen();
      return;
    } else return;
    event.preventDefault();
    if (!next) return;
    onSelect(next.id, "arrow");
    const target = next.id;
    requestAnimationFrame(() => document.getElementById(claimOptionId(target))?.scrollIntoView({ block: "nearest" }));
  }

  const activeVisible = selectedId !== null && order.some((c) => c.id === selectedId);
  const selectClass = "rounded-md border border-stone-300 bg-white px-2 py-1 text-sm";
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3">
      <h2 id={`${id}-heading`} className="text-base font-semibold">
        {t.rich("heading", { count: claims.length, muted: (chunks) => <span className="font-normal text-stone-600">{chunks}</span> })}
      </h2>
      {claims.length === 0 ? (
        <p className="text-sm text-stone-700">
          {canCreate ? t(suggests ? "emptyEditor" : "emptyEditorNothingSuggested") : t("emptyReviewer")}
        </p>
      ) : (
        <>
          <div className="flex flex-wrap gap-3">
            {/* A select is as wide as its longest choice ("Señaladas (texto cambiado o huérfanas)"): on a phone it shrinks
                to the panel instead. */}
            <div className="flex min-w-0 max-w-full items-center gap-1">
              <label htmlFor={`${id}-filter`} className="text-sm">
                {t("show")}
              </label>
              <select id={`${id}-filter`} value={filter} onChange={(e) => setFilter(e.target.value as ClaimFilter)} className={`${selectClass} min-w-0`}>
                <option value="all">{t("all")}</option>
                {STATUS_ORDER.map((status) => (
                  <option key={status} value={status}>
                    {words.status[status]}
                  </option>
                ))}
                <option value="flagged">{t("flagged")}</option>
              </select>
            </div>
            <div className="flex min-w-0 max-w-full items-center gap-1">
              <label htmlFor={`${id}-sort`} className="text-sm">
                {t("sortBy")}
              </label>
              <select id={`${id}-sort`} value={sort} onChange={(e) => setSort(e.target.value as ClaimSort)} className={`${selectClass} min-w-0`}>
                <option value="position">{t("byPosition")}</option>
                <option value="score">{t("byScore")}</option>
                <option value="status">{t("byStatus")}</option>
              </select>
            </div>
          </div>
          <p id={`${id}-keys`} className="text-xs text-stone-600">
            {t("keys")}
          </p>
          {order.length === 0 ? <p className="text-sm text-stone-600">{t("noMatch")}</p> : null}
          {order.length ? (
          <div
            role="listbox"
            tabIndex={0}
            aria-label={t("listLabel")}
            aria-describedby={`${id}-keys`}
            aria-activedescendant={selectedId && activeVisible ? claimOptionId(selectedId) : undefined}
            onKeyDown={move}
            onDoubleClick={onOpen}
            className="max-h-96 overflow-y-auto rounded-md border border-stone-200"
          >
            {inText.length ? (
              <div role="group" aria-label={t("inText")} className="divide-y divide-stone-100">
                {inText.map((claim) => (
                  <ClaimOption key={claim.id} claim={claim} selected={claim.id === selectedId} onPick={onSelect} />
                ))}
              </div>
            ) : null}
            {orphaned.length ? (
              <div role="group" aria-labelledby={`${id}-orphaned`} className="divide-y divide-stone-100 border-t border-stone-300">
                <p id={`${id}-orphaned`} aria-hidden className="bg-amber-50 px-3 py-1 text-xs font-semibold text-amber-900">
                  {t("orphaned")}
                </p>
                {orphaned.map((claim) => (
                  <ClaimOption key={claim.id} claim={claim} selected={claim.id === selectedId} onPick={onSelect} />
                ))}
              </div>
            ) : null}
          </div>
          ) : null}
        </>
      )}
    </section>
  );
});
