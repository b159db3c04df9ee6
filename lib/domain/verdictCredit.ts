// Who readers are told wrote a published verdict and who approved it. Only staff display names reach readers.

/** The credit a published claim carries (see PublishedClaim): its authors and approver, or, before they were recorded, its reviewer. */
export type VerdictCredit = {
  verdictBy?: string[];
  approvedBy?: string | null;
  reviewerName?: string | null;
};

const EMAIL = /\S+@\S+\.\S+/;

/** A staff member's display name as readers may see it; null when it is empty or an e-mail address (never published). */
export function publicStaffName(name: string | null | undefined): string | null {
  const trimmed = name?.trim();
  return trimmed && !EMAIL.test(trimmed) ? trimmed : null;
}

/** Who wrote the verdict and explanation a reader sees: whoever chose the verdict and whoever last wrote the explanation (the reviewer when not recorded). */
export function verdictAuthorIds(claim: { verdictBy: string | null; explanationBy: string | null; reviewerId: string | null }): string[] {
  const ids = [claim.verdictBy ?? claim.reviewerId, claim.explanationBy ?? claim.reviewerId];
  return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}
