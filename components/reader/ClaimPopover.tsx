"use client";

import { useCallback, useEffect, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { claimAt, type ClaimAddress } from "@/lib/domain/claimAnchors";

export type ClaimPanel = ClaimAddress & { title: string };

/**
 * Opens a claim's details over the page (a copy of its note after the text, which the server rendered, so the
 * review travels to the browser once) when a reader clicks its words (or presses Enter on them), or arrives with a
 * link to it: its anchor (`#claim-1a2b3c4d`), or a number (`#claim-3`: the number an older link gave it, else the
 * one readers see now). A non-modal popover: Escape, a click elsewhere or the Close button closes it, and focus goes
 * back to the claim's words. Without JavaScript the words are plain links to the notes after the text.
 */
export function ClaimPopover({ claims, children }: { claims: ClaimPanel[]; children: ReactNode }) {
  const panelRef = useRef<HTMLDivElement>(null);
  const detailsRef = useRef<HTMLDivElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  // A new object per request, so asking again for the claim already chosen (after a click elsewhere closed it) reopens it.
  const [request, setRequest] = useState<{ anchor: string } | null>(null);
  const current = request ? claims.find((c) => c.anchor === request.anchor) : undefined;

  const open = useCallback((anchor: string, from: HTMLElement | null) => {
    returnTo.current = from;
    setRequest({ anchor });
  }, []);

  useEffect(() => {
    const panel = panelRef.current;
    if (!panel || !request) return;
    const note = document.querySelector(`[data-claim-details="${CSS.escape(request.anchor)}"]`);
    detailsRef.current?.replaceChildren(...(note ? [note.cloneNode(true)] : []));
    if (!panel.matches(":popover-open")) panel.showPopover();
    panel.focus({ preventScroll: true });
  }, [request]);

  useEffect(() => {
    const panel = panelRef.current!;
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState !== "closed" || panel.matches(":popover-open")) return;
      setRequest(null);
      const focused = document.activeElement;
      if (!focused || focused === document.body || panel.contains(focused)) returnTo.current?.focus();
    };
    panel.addEventListener("toggle", onToggle);
    return () => panel.removeEventListener("toggle", onToggle);
  }, []);

  useEffect(() => {
    const fromHash = () => {
      const claim = claimAt(claims, window.location.hash.slice(1));
      if (!claim) return;
      const words = document.getElementById(`${claim.anchor}-text`);
      // The browser scrolls to the note by itself, possibly after this runs: bring the words back in view now, on the
      // next frame and once the page has loaded.
      const scroll = () => words?.scrollIntoView({ block: "center" });
      scroll();
      requestAnimationFrame(scroll);
      if (document.readyState !== "complete") window.addEventListener("load", scroll, { once: true });
      open(claim.anchor, words);
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, [claims, open]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest<HTMLAnchorElement>("a[data-claim]");
    if (!link) return;
    event.preventDefault();
    const anchor = link.dataset.claim ?? "";
    history.replaceState(history.state, "", `#${anchor}`);
    open(anchor, link);
  };

  return (
    <>
      {/* Clicks on the claim links inside (Enter on a link is a click too). */}
      <div onClick={onClick}>{children}</div>
      <div
        ref={panelRef}
        popover="auto"
        role="dialog"
        aria-labelledby="claim-panel-heading"
        tabIndex={-1}
        className="fixed inset-x-0 top-auto bottom-0 m-0 mx-auto max-h-[70vh] w-full max-w-2xl overflow-y-auto rounded-t-xl border border-stone-300 bg-white p-4 text-stone-900 shadow-2xl sm:bottom-4 sm:rounded-xl dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 print:hidden"
      >
        {current ? (
          <div className="flex flex-col gap-3">
            <div className="flex items-start justify-between gap-3">
              <h2 id="claim-panel-heading" className="text-lg font-semibold">
                {current.title}
              </h2>
              <button
                type="button"
                onClick={() => panelRef.current?.hidePopover()}
                className="shrink-0 rounded border border-stone-400 px-2 py-1 text-sm font-medium hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800"
              >
                Close
              </button>
            </div>
            {/* Filled with a copy of the claim's note when it opens; React leaves its contents alone. */}
            <div ref={detailsRef} />
          </div>
        ) : null}
      </div>
    </>
  );
}
