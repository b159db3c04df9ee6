/** The public content a claim has now, and what an editor last signed off (if anything). */
export type ClaimForPublishing = {
  status: string;
  anchorState: string;
  quote: string;
  verdictId: string | null;
  approved: { quote: string } | null;
};

/**
 * Which content of a claim goes into the next published version: its current content when it is signed off; the
 * content last signed off while it is being reviewed again (at its current place, if its words are unchanged);
 * nothing when it is dismissed, has never been approved, or has lost its place in the text.
 */
export function publishedContentOf(claim: ClaimForPublishing): "current" | "approved" | null {
  if (claim.anchorState !== "ok" || claim.status === "dismissed") return null;
  if (claim.status === "signed_off" && claim.verdictId) return "current";
  if (claim.approved && claim.approved.quote === claim.quote) return "approved";
  return null;
}
