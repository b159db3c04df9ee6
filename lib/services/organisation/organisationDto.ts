/** The newsroom's public details (shown to readers and in ClaimReview). */
export type OrganisationDto = {
  name: string;
  url: string | null;
  description: string | null;
  contactEmail: string | null;
  logoUrl: string | null;
};
