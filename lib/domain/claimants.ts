// Who made a claim, as the desk records it: a name, and whether it is a person or an organisation. The kind is asked,
// never guessed from the name ("The Daily Wire" is not a person); the one thing known without asking is that an
// article's own outlet is an organisation.

/** The kinds of claimant (db/schema/claims.ts claimant_type). */
export type ClaimantType = "person" | "organization";
export const CLAIMANT_TYPES: readonly ClaimantType[] = ["person", "organization"];

/** The schema.org type of a claimant kind (ClaimReview's itemReviewed.author). */
export const SCHEMA_TYPE: Record<ClaimantType, "Person" | "Organization"> = { person: "Person", organization: "Organization" };

/** True when the claimant named is the article's outlet (ignoring case and surrounding spaces). */
export function isOutlet(claimant: string, outlet: string | null): boolean {
  const name = claimant.trim().toLocaleLowerCase();
  return name !== "" && name === (outlet ?? "").trim().toLocaleLowerCase();
}

/** The kind a claimant has until someone says: an organisation for the article's outlet, else unknown. */
export function defaultClaimantType(claimant: string, outlet: string | null): ClaimantType | null {
  return isOutlet(claimant, outlet) ? "organization" : null;
}
