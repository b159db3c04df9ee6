import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";

/** The newsroom's public details (shown to readers and in ClaimReview). */
export type OrganisationDto = {
  name: string;
  url: string | null;
  description: string | null;
  contactEmail: string | null;
  logoUrl: string | null;
  /** How the newsroom checks claims, in Markdown (public /about). */
  methodology: string | null;
  /** How the newsroom corrects mistakes, in Markdown (top of public /corrections). */
  correctionsPolicy: string | null;
  /** The language of the public pages' own words, and staff's when neither they nor their browser pick one. */
  interfaceLanguage: InterfaceLanguage;
};
