import { useTranslations } from "next-intl";
import { claimNoteId, claimTextId } from "@/components/reader/AnnotatedText";
import { ClaimDetails } from "@/components/reader/ClaimDetails";
import type { NumberedClaim } from "@/lib/domain/readerClaims";

/** The claims as numbered notes after the text, each linking back to its words: the page works without JavaScript. */
export function ClaimNotes({ claims }: { claims: NumberedClaim[] }) {
  const t = useTranslations("reader.claimNotes");
  if (!claims.length) return null;
  return (
    <section aria-labelledby="claim-notes-heading" className="flex flex-col gap-4">
      <h2 id="claim-notes-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <ol className="flex flex-col gap-4">
        {claims.map((claim) => (
          <li
            key={claim.id}
            id={claimNoteId(claim.anchor)}
            className="scroll-mt-4 rounded-lg border border-stone-200 bg-white p-4 break-inside-avoid target:ring-2 target:ring-blue-700 dark:border-stone-700 dark:bg-stone-900 dark:target:ring-blue-300"
          >
            <h3 className="mb-2 font-semibold">
              {/* Links made when this claim was shown under another number (#claim-7) land here, even without JavaScript. */}
              {claim.oldNumber ? <span id={`claim-${claim.oldNumber}`} /> : null}
              {t("claim", { number: claim.shownNumber })}
            </h3>
            {/* The popover shows a copy of this (ClaimPopover.tsx), so the review is in the page once. */}
            <div data-claim-details={claim.anchor}>
              <ClaimDetails claim={claim} />
            </div>
            <p className="mt-3 text-sm print:hidden">
              <a href={`#${claimTextId(claim.anchor)}`} className="text-blue-800 underline dark:text-blue-300">
                {t("backToText", { number: claim.shownNumber })}
              </a>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
