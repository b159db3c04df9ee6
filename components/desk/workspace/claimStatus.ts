import type { WorkspaceClaim } from "@/lib/services/articles/workspaceDto";

export type ClaimStatus = WorkspaceClaim["status"];

export const STATUS_ORDER: readonly ClaimStatus[] = ["new", "in_progress", "needs_signoff", "signed_off", "dismissed"];

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  new: "New",
  in_progress: "In review",
  needs_signoff: "Needs sign-off",
  signed_off: "Signed off",
  dismissed: "Dismissed",
};

/**
 * Workflow colours, kept apart from the verdict colours (reds, oranges, greens, grey) so a highlight is never read
 * as a rating; each status also has its own underline style, so colour is not the only cue (its words: claimStatusWords.ts).
 */
export const STATUS_STYLE: Record<ClaimStatus, { mark: string; swatch: string }> = {
  new: { mark: "bg-sky-100 decoration-sky-600 decoration-dotted", swatch: "bg-sky-600" },
  in_progress: { mark: "bg-violet-100 decoration-violet-600 decoration-dashed", swatch: "bg-violet-600" },
  needs_signoff: { mark: "bg-pink-100 decoration-pink-600 decoration-double", swatch: "bg-pink-600" },
  signed_off: { mark: "bg-indigo-100 decoration-indigo-700 decoration-solid", swatch: "bg-indigo-700" },
  dismissed: { mark: "bg-stone-100 decoration-stone-400 decoration-wavy text-stone-600", swatch: "bg-stone-400" },
};

export function isFlagged(claim: Pick<WorkspaceClaim, "anchorState">): boolean {
  return claim.anchorState !== "ok";
}
