import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { claimFragments, type ClaimAddress } from "@/lib/domain/claimAnchors";
import { scriptNonce } from "@/lib/web/scriptNonce";
import { CLAIM_PANEL, CLAIM_POPOVER_SCRIPT, claimPanelJson } from "./claimPopoverScript";

const EMPTY = { __html: "" };

export type ClaimPanel = ClaimAddress & { title: string };

/**
 * The text's claims open their details over the page (claimPopoverScript.ts): a non-modal popover holding a copy of
 * the claim's note after the text, so the review travels to the browser once. Links may name a claim by its anchor
 * (`#claim-1a2b3c4d`) or a number (`#claim-3`: the number an older link gave it, else the one readers see now).
 * Without JavaScript the words are plain links to the notes after the text.
 */
export async function ClaimPopover({ claims, children }: { claims: ClaimPanel[]; children: ReactNode }) {
  const [nonce, t] = await Promise.all([scriptNonce(), getTranslations("reader.claimPopover")]);
  const data = { fragments: claimFragments(claims), titles: Object.fromEntries(claims.map((c) => [c.anchor, c.title])) };
  return (
    <>
      {children}
      <div
        id={CLAIM_PANEL.panel}
        popover="auto"
        role="dialog"
        aria-labelledby={CLAIM_PANEL.heading}
        tabIndex={-1}
        className="fixed inset-x-0 top-auto bottom-0 m-0 mx-auto max-h-[70vh] w-full max-w-2xl overflow-y-auto rounded-t-xl border border-stone-300 bg-white p-4 text-stone-900 shadow-2xl sm:bottom-4 sm:rounded-xl dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 print:hidden"
      >
        <div className="flex flex-col gap-3">
          <div className="flex items-start justify-between gap-3">
            {/* Filled by the script; set as HTML so that, where the page is hydrated, React leaves what it holds alone. */}
            <h2 id={CLAIM_PANEL.heading} className="text-lg font-semibold" dangerouslySetInnerHTML={EMPTY} />
            <button
              type="button"
              popoverTarget={CLAIM_PANEL.panel}
              popoverTargetAction="hide"
              className="shrink-0 rounded border border-stone-400 px-2 py-1 text-sm font-medium hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800"
            >
              {t("close")}
            </button>
          </div>
          {/* A copy of the claim's note when it opens. */}
          <div data-claim-panel-details="" dangerouslySetInnerHTML={EMPTY} />
        </div>
      </div>
      <script id={CLAIM_PANEL.data} type="application/json" dangerouslySetInnerHTML={{ __html: claimPanelJson(data) }} />
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: CLAIM_POPOVER_SCRIPT }} />
    </>
  );
}
