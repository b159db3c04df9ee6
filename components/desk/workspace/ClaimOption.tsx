import { useTranslations } from "next-intl";
import { memo } from "react";
import type { WorkspaceClaim } from "@/lib/services/articles/workspaceDto";
import { STATUS_STYLE } from "./claimStatus";
import { useClaimStatusWords } from "./claimStatusWords";
import { languageAttributes } from "@/lib/domain/languages";

export const claimOptionId = (claimId: string) => `claim-option-${claimId}`;

/** One claim in the list: kept light (a list can hold 1,000), re-rendered only when it or its selection changes. */
function ClaimOptionView({
  claim,
  selected,
  onPick,
}: {
  claim: WorkspaceClaim;
  selected: boolean;
  onPick: (claimId: string) => void;
}) {
  const t = useTranslations("workspace.claimOption");
  const words = useClaimStatusWords();
  const flag = words.flag[claim.anchorState];
  return (
    <div
      role="option"
      id={claimOptionId(claim.id)}
      aria-selected={selected}
      onClick={() => onPick(claim.id)}
      className={`flex cursor-pointer flex-col gap-1 border-s-4 px-3 py-2 text-sm aria-selected:bg-blue-50 aria-selected:ring-2 aria-selected:ring-blue-700 aria-selected:ring-inset ${
        selected ? "border-blue-700" : "border-transparent hover:bg-stone-50"
      }`}
    >
      <span className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-700">
        <span className="font-semibold">#{claim.number}</span>
        <span className="inline-flex items-center gap-1">
          <span aria-hidden className={`size-2 rounded-full ${STATUS_STYLE[claim.status].swatch}`} />
          {words.status[claim.status]}
        </span>
        {flag ? <span className="rounded bg-amber-100 px-1 font-medium text-amber-900">{flag}</span> : null}
        {claim.verdictLabel ? (
          <span>
            · <span {...languageAttributes(claim.verdictLanguage)}>{claim.verdictLabel}</span>
          </span>
        ) : null}
        {claim.reviewerName ? <span>· {claim.reviewerName}</span> : null}
        {claim.checkWorthiness !== null ? <span>· {t("score", { score: claim.checkWorthiness })}</span> : null}
      </span>
      <span className="line-clamp-2">{claim.statement}</span>
    </div>
  );
}

// A refresh brings new objects for every claim; only those that changed are rendered again.
export const ClaimOption = memo(
  ClaimOptionView,
  (a, b) => a.selected === b.selected && a.onPick === b.onPick && sameShownClaim(a.claim, b.claim),
);

function sameShownClaim(a: WorkspaceClaim, b: WorkspaceClaim): boolean {
  return (
    a.id === b.id &&
    a.version === b.version &&
    a.statement === b.statement &&
    a.status === b.status &&
    a.anchorState === b.anchorState &&
    a.verdictLabel === b.verdictLabel &&
    a.verdictLanguage === b.verdictLanguage &&
    a.reviewerName === b.reviewerName &&
    a.checkWorthiness === b.checkWorthiness
  );
}
