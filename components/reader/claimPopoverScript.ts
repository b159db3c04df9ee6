// The reader page's only script. Reading pages ship no framework code (the reader cache serves them without it:
// lib/web/readingPathHtml.ts), so the claim popover is plain DOM code, run inline as the page is parsed.

/** The ids the popover's markup (ClaimPopover.tsx) and this script share. */
export const CLAIM_PANEL = { panel: "claim-panel", heading: "claim-panel-heading", data: "claim-panel-data" } as const;

/** What the page tells its script: fragment → anchor (`claimFragments`), and each claim's heading by anchor. */
export type ClaimPanelData = { fragments: Record<string, string>; titles: Record<string, string> };

/**
 * Opens a claim's details over the page (a copy of its note after the text) when a reader clicks its words (or
 * presses Enter on them) or arrives with a link naming it; Escape, a click elsewhere or Close (all the browser's
 * own popover behaviour) close it, and focus goes back to the claim's words. Serialised into the page: it must use
 * nothing but its argument and the browser's globals.
 */
function claimPopover(ids: typeof CLAIM_PANEL): void {
  const start = () => {
    const panel = document.getElementById(ids.panel);
    const source = document.getElementById(ids.data);
    if (!panel || !source) return;
    const data = JSON.parse(source.textContent ?? "{}") as ClaimPanelData;
    const heading = document.getElementById(ids.heading)!;
    const details = panel.querySelector<HTMLElement>("[data-claim-panel-details]")!;
    let returnTo: HTMLElement | null = null;

    const open = (anchor: string, from: HTMLElement | null) => {
      const note = document.querySelector(`[data-claim-details="${CSS.escape(anchor)}"]`);
      heading.textContent = data.titles[anchor] ?? "";
      details.replaceChildren(...(note ? [note.cloneNode(true)] : []));
      returnTo = from;
      if (!panel.matches(":popover-open")) panel.showPopover();
      panel.focus({ preventScroll: true });
    };

    panel.addEventListener("toggle", (event) => {
      if ((event as ToggleEvent).newState !== "closed") return;
      const focused = document.activeElement;
      if (!focused || focused === document.body || panel.contains(focused)) returnTo?.focus();
    });

    document.addEventListener("click", (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element).closest<HTMLAnchorElement>("a[data-claim]");
      if (!link) return;
      event.preventDefault();
      const anchor = link.dataset.claim ?? "";
      history.replaceState(history.state, "", `#${anchor}`);
      open(anchor, link);
    });

    const fromHash = () => {
      const anchor = data.fragments[location.hash.slice(1).toLowerCase()];
      if (!anchor) return;
      const words = document.getElementById(`${anchor}-text`);
      // The browser scrolls to the note by itself, possibly after this runs: bring the words back in view now, on
      // the next frame and once the page has loaded.
      const scroll = () => words?.scrollIntoView({ block: "center" });
      scroll();
      requestAnimationFrame(scroll);
      if (document.readyState !== "complete") addEventListener("load", scroll, { once: true });
      open(anchor, words);
    };
    fromHash();
    addEventListener("hashchange", fromHash);
  };
  // The notes it copies come after the script in the page.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
}

/** The script's text, the same on every page (so one hash in the pages' Content-Security-Policy allows it). */
export const CLAIM_POPOVER_SCRIPT = `(${claimPopover.toString()})(${JSON.stringify(CLAIM_PANEL)});`;

/** The page's data for the script, safe inside a `<script type="application/json">` element. */
export function claimPanelJson(data: ClaimPanelData): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
